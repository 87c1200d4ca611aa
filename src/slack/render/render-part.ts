import type { KnownBlock } from "@slack/types";
import type { Part } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";
import { clipText } from "./clip-text.js";
import { renderControl } from "./render-control.js";
import { renderMrkdwn } from "./render-mrkdwn.js";
import { renderPlain } from "./render-plain.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/** One neutral part as one Block Kit block, clipped to Slack's limits. */
export function renderPart(part: Part): KnownBlock {
  switch (part.kind) {
    case "heading":
      return { type: "header", text: { type: "plain_text", text: clipText(escapeMrkdwn(part.text, "plain"), SLACK_LIMITS.headerText) } };
    case "text":
      return {
        type: "section",
        ...(part.id ? { block_id: part.id } : {}),
        text: part.verbatim
          ? { type: "plain_text", text: clipText(renderPlain(part.text), SLACK_LIMITS.sectionText) }
          : { type: "mrkdwn", text: clipText(renderMrkdwn(part.text), SLACK_LIMITS.sectionText) },
        ...(part.accessory ? { accessory: renderControl(part.accessory) } : {}),
      };
    case "fields":
      return {
        type: "section",
        ...(part.id ? { block_id: part.id } : {}),
        fields: part.fields.slice(0, SLACK_LIMITS.fieldsPerSection).map((field) => ({
          type: "mrkdwn" as const,
          text: clipText(`*${escapeMrkdwn(field.label)}*\n${renderMrkdwn(field.value)}`, SLACK_LIMITS.fieldText),
        })),
      };
    case "note":
      return { type: "context", elements: [{ type: "mrkdwn", text: clipText(renderMrkdwn(part.text), SLACK_LIMITS.sectionText) }] };
    case "divider":
      return { type: "divider" };
    case "controls":
      return {
        type: "actions",
        ...(part.id ? { block_id: part.id } : {}),
        elements: part.controls.slice(0, SLACK_LIMITS.elementsPerActions).map(renderControl),
      };
  }
}
