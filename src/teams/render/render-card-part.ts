import type { Control, Part } from "../../domain/messages/message.js";
import type { CardElement } from "./adaptive-card.js";
import { escapeCardText } from "./escape-card-text.js";
import { type MentionCollector, renderCardText } from "./render-card-text.js";
import { renderCardControl } from "./render-card-control.js";

/** Hands out card-unique input ids for choices (`choice-1`, `choice-2`, …). */
export type NextInputId = () => string;

/** One neutral part as card elements (a divider becomes the next element's separator, in renderCard). */
export function renderCardPart(part: Exclude<Part, { kind: "divider" }>, mentions: MentionCollector, nextInputId: NextInputId): CardElement[] {
  switch (part.kind) {
    case "heading":
      return [{ type: "TextBlock", text: escapeCardText(part.text), size: "Large", weight: "Bolder", wrap: true }];
    case "text": {
      const block: CardElement = { type: "TextBlock", text: renderCardText(part.text, mentions), wrap: true };
      return part.accessory ? [block, ...controlElements([part.accessory], nextInputId)] : [block];
    }
    case "fields":
      return [
        {
          type: "FactSet",
          facts: part.fields.map((field) => ({ title: escapeCardText(field.label), value: renderCardText(field.value, mentions) })),
        },
      ];
    case "note":
      return [{ type: "TextBlock", text: renderCardText(part.text, mentions), size: "Small", isSubtle: true, wrap: true }];
    case "controls":
      return controlElements(part.controls, nextInputId);
  }
}

/** Buttons as one ActionSet; each choice as its input followed by its own action. */
function controlElements(controls: readonly Control[], nextInputId: NextInputId): CardElement[] {
  const elements: CardElement[] = [];
  let buttons: unknown[] = [];
  const flush = () => {
    if (buttons.length) elements.push({ type: "ActionSet", actions: buttons });
    buttons = [];
  };
  for (const control of controls) {
    const rendered = renderCardControl(control, control.kind === "choice" ? nextInputId() : "");
    if (rendered.input) {
      flush();
      elements.push(rendered.input, { type: "ActionSet", actions: [rendered.action] });
    } else {
      buttons.push(rendered.action);
    }
  }
  flush();
  return elements;
}
