import { describe, expect, it } from "vitest";
import type { Form, Message } from "../../src/domain/messages/message.js";
import { renderForm } from "../../src/slack/render/render-form.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { everyKind, neutralForms, neutralMessages } from "../teams/neutral-message-fixtures.js";

/** Slack's documented Block Kit limits the issue names; the renderer must never produce more. */
const LIMITS = { blocksPerMessage: 50, blocksPerView: 100, sectionText: 3_000, buttonText: 75, actionId: 255 };

/** Every limit a rendered payload breaks: block count, section text, button text, action ids. */
function overLimits(blocks: unknown[], maxBlocks: number): string[] {
  const problems: string[] = [];
  if (blocks.length > maxBlocks) problems.push(`${blocks.length} blocks (max ${maxBlocks})`);
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      if (object.type === "section" && typeof (object.text as { text?: string } | undefined)?.text === "string") {
        const length = (object.text as { text: string }).text.length;
        if (length > LIMITS.sectionText) problems.push(`${path}: section text of ${length}`);
      }
      if (object.type === "button") {
        const length = (object.text as { text: string }).text.length;
        if (length > LIMITS.buttonText) problems.push(`${path}: button text of ${length}`);
      }
      if (typeof object.action_id === "string" && object.action_id.length > LIMITS.actionId) problems.push(`${path}: action_id of ${object.action_id.length}`);
      for (const [key, child] of Object.entries(object)) walk(child, `${path}.${key}`);
    }
  };
  walk(blocks, "blocks");
  return problems;
}

describe("the Slack renderer keeps within Slack's documented limits", () => {
  for (const [name, build] of Object.entries(neutralMessages)) {
    it(`the ${name} message`, () => {
      expect(overLimits(renderMessage(build()).blocks, LIMITS.blocksPerMessage)).toEqual([]);
    });
  }
  for (const [name, build] of Object.entries(neutralForms)) {
    it(`the ${name} form`, () => {
      expect(overLimits(renderForm(build(), "sealed").blocks, LIMITS.blocksPerView)).toEqual([]);
    });
  }

  it("every part and inline kind, and a message far over every limit", () => {
    expect(overLimits(renderMessage(everyKind).blocks, LIMITS.blocksPerMessage)).toEqual([]);
    const huge: Message = {
      text: "x".repeat(50_000),
      parts: Array.from({ length: 120 }, (_, i) => ({
        kind: "text" as const,
        text: "y".repeat(5_000),
        accessory: { kind: "button" as const, label: "z".repeat(200), action: `action_${i}`, value: "v" },
      })),
    };
    const rendered = renderMessage(huge);
    expect(overLimits(rendered.blocks, LIMITS.blocksPerMessage)).toEqual([]);
    expect(JSON.stringify(rendered.blocks.at(-1))).toContain("more parts not shown");
  });

  it("a form with more items than a view holds", () => {
    const form: Form = {
      id: "f",
      title: "A very long form title that Slack would refuse",
      submit: "Submit",
      state: "s",
      items: Array.from({ length: 150 }, (_, i) => ({ kind: "text-input" as const, id: `i${i}`, label: "label ".repeat(10) })),
    };
    expect(overLimits(renderForm(form, "sealed").blocks, LIMITS.blocksPerView)).toEqual([]);
  });
});
