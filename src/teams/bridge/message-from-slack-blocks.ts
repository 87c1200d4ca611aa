import type { KnownBlock } from "@slack/types";
import type { Control, Message, Part } from "../../domain/messages/message.js";
import { type PeopleBySlackId, inlineFromMrkdwn } from "./inline-from-mrkdwn.js";

type TextObject = { type: string; text: string };
type Element = { type: string; action_id?: string; value?: string; text?: TextObject; style?: string; placeholder?: TextObject; options?: { text: TextObject; value?: string }[] };

/**
 * Transitional seam (issue 13 before issue 12's use cases land): a Slack answer that the existing
 * Slack command paths built (text + Block Kit) read back as a neutral message, so Teams answers with
 * exactly the same content through the same parsers and queries. Once the health and complaint use
 * cases return neutral messages, Teams renders those directly and this folder goes.
 */
export function messageFromSlackBlocks(text: string, blocks: readonly KnownBlock[] | undefined, people: PeopleBySlackId): Message {
  const inline = (mrkdwn: string) => inlineFromMrkdwn(mrkdwn, people);
  const parts: Part[] = [];
  for (const block of (blocks ?? []) as unknown as Record<string, unknown>[]) {
    const blockId = typeof block.block_id === "string" ? { id: block.block_id } : {};
    switch (block.type) {
      case "header":
        parts.push({ kind: "heading", text: (block.text as TextObject).text });
        break;
      case "section": {
        const accessory = block.accessory ? controlOf(block.accessory as Element) : undefined;
        if (block.text) parts.push({ kind: "text", text: readText(block.text as TextObject, inline), ...blockId, ...(accessory ? { accessory } : {}) });
        if (Array.isArray(block.fields)) {
          parts.push({
            kind: "fields",
            ...blockId,
            fields: (block.fields as TextObject[]).map((field) => {
              const labelled = /^\*([^*\n]+)\*\n([\s\S]*)$/.exec(field.text);
              return labelled ? { label: labelled[1]!, value: inline(labelled[2]!) } : { label: "", value: inline(field.text) };
            }),
          });
        }
        break;
      }
      case "context":
        parts.push({ kind: "note", text: (block.elements as TextObject[]).filter((e) => "text" in e).map((e) => readText(e, inline)) });
        break;
      case "divider":
        parts.push({ kind: "divider" });
        break;
      case "actions":
        parts.push({ kind: "controls", ...blockId, controls: (block.elements as Element[]).map(controlOf).filter((c): c is Control => c !== undefined) });
        break;
    }
  }
  return { text: inline(text), parts };
}

function readText(object: TextObject, inline: (mrkdwn: string) => ReturnType<typeof inlineFromMrkdwn>) {
  return object.type === "mrkdwn" ? inline(object.text) : object.text;
}

function controlOf(element: Element): Control | undefined {
  if (element.type === "button" && element.action_id) {
    return {
      kind: "button",
      label: element.text?.text ?? "",
      action: element.action_id,
      value: element.value ?? "",
      ...(element.style === "primary" || element.style === "danger" ? { style: element.style } : {}),
    };
  }
  if (element.type === "static_select" && element.action_id) {
    return {
      kind: "choice",
      action: element.action_id,
      placeholder: element.placeholder?.text ?? "Choose",
      options: (element.options ?? []).map((option) => ({ label: option.text.text, value: option.value ?? "" })),
    };
  }
  return undefined;
}
