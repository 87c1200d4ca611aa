import { describe, expect, it } from "vitest";
import { OWNER_CHOICES } from "../../src/domain/health/assessment-form.js";
import type { Form, Message } from "../../src/domain/messages/message.js";
import { renderCard } from "../../src/teams/render/render-card.js";
import { renderDialog } from "../../src/teams/render/render-dialog.js";
import { TEAMS_LIMITS } from "../../src/teams/render/teams-limits.js";
import { validateAdaptiveCard } from "../support/validate-adaptive-card.js";
import { everyKind, HOSTILE, MARKUP, neutralForms, neutralMessages } from "./neutral-message-fixtures.js";

/** Every text Teams reads as markdown in a card: TextBlocks' text and facts. */
function markdownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      if (object.type === "TextBlock" && typeof object.text === "string") texts.push(object.text);
      if (object.type === "FactSet") for (const fact of object.facts as { title: string; value: string }[]) texts.push(fact.title, fact.value);
      Object.values(object).forEach(walk);
    }
  };
  walk(card);
  return texts;
}

function expectSafeCard(message: Message) {
  const { card, summary } = renderCard(message);
  expect(validateAdaptiveCard(card)).toEqual([]);
  expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_LIMITS.messageBytes);
  const entityTexts = new Set((card.msteams?.entities ?? []).map((entity) => entity.text));
  for (const text of [summary, ...markdownTexts(card)]) {
    for (const pattern of MARKUP) expect(text, `${pattern} in ${JSON.stringify(text)}`).not.toMatch(pattern);
    for (const at of text.match(/<at>[^<]*<\/at>/g) ?? []) expect(entityTexts).toContain(at);
  }
  return card;
}

describe("Adaptive Cards renderer", () => {
  for (const [name, build] of Object.entries(neutralMessages)) {
    it(`renders the ${name} message as a valid card, hostile text staying text`, () => {
      expectSafeCard(build());
    });
  }

  for (const [name, build] of Object.entries(neutralForms)) {
    it(`renders the ${name} form as a valid dialog, hostile text staying text`, () => {
      const form = build();
      const { card } = renderDialog(form, "sealed");
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(TEAMS_LIMITS.messageBytes);
      for (const text of markdownTexts(card)) for (const pattern of MARKUP) expect(text, `${pattern} in ${JSON.stringify(text)}`).not.toMatch(pattern);
      const inputs = form.items.filter((item) => item.kind.endsWith("-input")).map((item) => (item as { id: string }).id);
      expect(card.body.filter((e) => typeof e.id === "string" && e.type.startsWith("Input.")).map((e) => e.id)).toEqual(inputs);
    });
  }

  it("keeps the assessment dialog under the card budget with as many owner choices as it offers, names as long as the roster allows", () => {
    const form = neutralForms.assessment!();
    const people = Array.from({ length: OWNER_CHOICES }, (_, i) => ({ personId: 1000 + i, name: `${HOSTILE} ${"n".repeat(200)}`.slice(0, 200 - String(i).length) + i }));
    const { card } = renderDialog({ ...form, items: form.items.map((item) => (item.kind === "person-input" ? { ...item, people } : item)) }, "s".repeat(300));
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(TEAMS_LIMITS.cardBytes);
  });

  it("renders every part and inline kind: mentions with a Teams id, icons, facts, Action.Execute, choices", () => {
    const card = expectSafeCard(everyKind);
    const json = JSON.stringify(card);
    expect(card.msteams?.entities).toEqual([
      { type: "mention", text: "<at>Mei Chen</at>", mentioned: { id: "00000000-0000-0000-0000-00000000c0de", name: "Mei Chen" } },
    ]);
    expect(json).toContain("\u{1F6A8}");
    // A moment is shown in each reader's own zone, by Teams' date functions.
    expect(json).toContain("{{DATE(2026-11-24T09:30:00Z, SHORT)}} {{TIME(2026-11-24T09:30:00Z)}}");
    expect(json).toContain("[Click to keep your account](http://evil.example/reset)".replace("](", "]\u200b("));
    expect(json).toContain("(https://acme.example/case/1)");
    expect(json).not.toContain("javascript:");
    const actions = JSON.stringify(card.body.filter((e) => e.type === "ActionSet"));
    expect(actions).toContain('"verb":"complaint_acknowledge","data":{"value":"1"},"style":"positive"');
    expect(actions).toContain('"style":"destructive"');
    const choices = card.body.filter((e) => e.type === "Input.ChoiceSet").map((e) => e.id);
    expect(choices).toEqual(["choice-1", "choice-2"]);
    expect(card.body.some((e) => e.type === "FactSet")).toBe(true);
    expect(card.body.find((e) => e.separator)?.type).toBe("TextBlock");
  });

  it("the summary (notifications, chat list) is plain text: no markdown marks, no mention tags", () => {
    const { summary } = renderCard({
      text: [{ kind: "strong", content: "ACME" }, " escalated to ", { kind: "mention", person: { name: "Mei Chen", ids: { teams: "00000000-0000-0000-0000-00000000c0de" } } }, " by ", { kind: "emphasis", content: "lin_wei" }],
      parts: [],
    });
    expect(summary).toBe("ACME escalated to Mei Chen by lin_wei");
  });

  it("a mention of someone without a Teams id is their name, never a ping", () => {
    const card = expectSafeCard({ text: "x", parts: [{ kind: "text", text: { kind: "mention", person: { name: "Raj", ids: { slack: "U_FRONT" } } } }] });
    expect(card.msteams?.entities).toBeUndefined();
    expect(card.body[0]!.text).toBe("Raj");
  });

  it("a message too big for Teams loses trailing parts with a note, and stays under the limit", () => {
    const parts = Array.from({ length: 300 }, (_, i) => ({ kind: "text" as const, text: `${i} ${"x".repeat(400)}` }));
    const card = expectSafeCard({ text: "big", parts });
    const last = card.body.at(-1)!;
    expect(last.text).toMatch(/^\d+ more parts not shown$/);
    expect(card.body.length).toBeGreaterThan(20);
  });

  it("renders a form as a dialog: input ids, required inputs, the use case's field errors", () => {
    const form: Form = {
      id: "complaint_intake",
      title: HOSTILE,
      submit: "File complaint",
      state: "ignored",
      items: [
        { kind: "heading", text: "New complaint" },
        { kind: "text-input", id: "customer", label: HOSTILE, initial: HOSTILE, hint: HOSTILE, maxLength: 200 },
        { kind: "text-input", id: "description", label: "What happened", multiline: true, placeholder: HOSTILE },
        { kind: "number-input", id: "score", label: "Score", min: 0, max: 10, decimal: true, initial: 5, optional: true },
        { kind: "date-input", id: "due", label: "Due", initial: "2026-12-01" },
        { kind: "choice-input", id: "class", label: "Class", options: [{ label: HOSTILE, value: "urgent" }, { label: "General", value: "general" }], initial: ["urgent"] },
        { kind: "choice-input", id: "departments", label: "Departments", multiple: true, options: [{ label: "Eng", value: "1" }] },
        { kind: "person-input", id: "owner", label: "Owner", optional: true, people: [{ personId: 7, name: HOSTILE }, { personId: 8, name: "Li Na" }] },
        { kind: "note", text: HOSTILE },
      ],
    };
    const { card, title } = renderDialog(form, "sealed-state", { customer: "No customer matches `ACMEE`", form: "Something went wrong" });
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(title.length).toBeLessThanOrEqual(TEAMS_LIMITS.dialogTitle);
    const byId = Object.fromEntries(card.body.filter((e) => typeof e.id === "string").map((e) => [e.id, e]));
    expect(Object.keys(byId)).toEqual(["customer", "description", "score", "due", "class", "departments", "owner"]);
    expect(byId.customer).toMatchObject({ type: "Input.Text", isRequired: true, maxLength: 200 });
    expect(byId.score).toMatchObject({ type: "Input.Number", isRequired: false, min: 0, max: 10, value: 5 });
    expect(byId.departments).toMatchObject({ type: "Input.ChoiceSet", isMultiSelect: true });
    // The person picker lists the roster people it was given; its answer is a person id.
    expect(byId.owner).toMatchObject({ type: "Input.ChoiceSet", style: "filtered", isRequired: false });
    expect((byId.owner as { choices: { value: string }[] }).choices.map((choice) => choice.value)).toEqual(["7", "8"]);
    const errorTexts = card.body.filter((e) => e.color === "Attention").map((e) => e.text);
    expect(errorTexts).toEqual(["Something went wrong", "No customer matches ˋACMEEˋ"]);
    // The error sits right under its field (after the hint).
    const at = card.body.findIndex((e) => e.id === "customer");
    expect(card.body[at + 2]!.text).toBe("No customer matches ˋACMEEˋ");
    expect(card.actions).toEqual([{ type: "Action.Submit", title: "File complaint", data: { form: "complaint_intake", state: "sealed-state" } }]);
    for (const text of markdownTexts(card)) for (const pattern of MARKUP) expect(text).not.toMatch(pattern);
  });
});
