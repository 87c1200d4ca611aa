import type { Control } from "../../domain/messages/message.js";
import type { CardAction, CardElement } from "./adaptive-card.js";
import { escapeCardText } from "./escape-card-text.js";
import { TEAMS_LIMITS } from "./teams-limits.js";

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** What a control becomes: an action for the card's action row, and for a choice its input above. */
export interface RenderedControl {
  input?: CardElement;
  action: CardAction;
}

/**
 * A neutral button as `Action.Execute` (universal action: Teams sends `adaptiveCard/action` with the
 * verb and data, and the answer may refresh the card in place for everyone): verb = the handler's
 * action id, `data.value` = the value. A choice is an `Input.ChoiceSet` plus an `Action.Execute` that
 * sends the picked value; `inputId` keeps ids unique when a card holds several choices.
 */
export function renderCardControl(control: Control, inputId: string): RenderedControl {
  if (control.kind === "button") {
    return {
      action: {
        type: "Action.Execute",
        title: clip(escapeCardText(control.label, "plain"), TEAMS_LIMITS.buttonTitle),
        verb: control.action,
        data: { value: control.value },
        ...(control.style ? { style: control.style === "primary" ? "positive" : "destructive" } : {}),
      },
    };
  }
  return {
    input: {
      type: "Input.ChoiceSet",
      id: inputId,
      style: "compact",
      placeholder: clip(escapeCardText(control.placeholder, "plain"), TEAMS_LIMITS.choiceTitle),
      choices: control.options.map((option) => ({ title: clip(escapeCardText(option.label, "plain"), TEAMS_LIMITS.choiceTitle), value: option.value })),
    },
    action: {
      type: "Action.Execute",
      title: clip(escapeCardText(control.placeholder, "plain"), TEAMS_LIMITS.buttonTitle),
      verb: control.action,
      data: { input: inputId },
      associatedInputs: "auto",
    },
  };
}
