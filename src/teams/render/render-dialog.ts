import type { Form, FormErrors, FormInput, Part } from "../../domain/messages/message.js";
import type { AdaptiveCard, CardElement } from "./adaptive-card.js";
import { escapeCardText } from "./escape-card-text.js";
import { renderCardPart } from "./render-card-part.js";
import { MentionCollector } from "./render-card-text.js";
import { CARD_VERSION, TEAMS_LIMITS } from "./teams-limits.js";

export interface TeamsDialog {
  title: string;
  card: AdaptiveCard;
}

/** The submit action's data: which form, and its sealed state (the adapter checks the seal). */
export interface DialogSubmitData {
  form: string;
  state: string;
}

/**
 * A neutral form as a Teams dialog (task module) card. Each input's card id is the input's id, so a
 * submission's data reads `data[id]`; required inputs are `isRequired` with an error message Teams
 * shows before sending; `errors` (what the use case refused) are shown in red under their fields,
 * with the values the person typed kept as the inputs' initial values by the caller.
 */
export function renderDialog(form: Form, sealedState: string, errors: FormErrors = {}): TeamsDialog {
  const mentions = new MentionCollector();
  let inputs = 0;
  const body: CardElement[] = [];
  const known = new Set(form.items.filter(isInput).map((input) => input.id));
  const general = Object.entries(errors).filter(([id]) => !known.has(id));
  for (const [, message] of general) body.push(errorBlock(message));
  for (const item of form.items) {
    if (!isInput(item)) {
      if (item.kind !== "divider") body.push(...renderCardPart(item, mentions, () => `part-choice-${++inputs}`));
      continue;
    }
    body.push(renderInput(item));
    if (item.hint) body.push({ type: "TextBlock", text: escapeCardText(item.hint), size: "Small", isSubtle: true, wrap: true, spacing: "None" });
    const error = errors[item.id];
    if (error) body.push(errorBlock(error));
  }
  const data: DialogSubmitData = { form: form.id, state: sealedState };
  return {
    title: escapeCardText(form.title, "plain").slice(0, TEAMS_LIMITS.dialogTitle),
    card: {
      type: "AdaptiveCard",
      $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
      version: CARD_VERSION,
      body,
      actions: [{ type: "Action.Submit", title: escapeCardText(form.submit, "plain"), data }],
      ...(mentions.entities.length ? { msteams: { entities: mentions.entities } } : {}),
    },
  };
}

function isInput(item: FormInput | Part): item is FormInput {
  return item.kind.endsWith("-input");
}

function errorBlock(message: string): CardElement {
  return { type: "TextBlock", text: escapeCardText(message), color: "Attention", wrap: true, spacing: "None" };
}

function renderInput(input: FormInput): CardElement {
  const label = escapeCardText(input.label, "plain");
  const base = {
    id: input.id,
    label,
    isRequired: !input.optional,
    ...(input.optional ? {} : { errorMessage: `${label} is required` }),
    ...(input.placeholder ? { placeholder: escapeCardText(input.placeholder, "plain") } : {}),
  };
  switch (input.kind) {
    case "text-input":
      return {
        type: "Input.Text",
        ...base,
        ...(input.multiline ? { isMultiline: true } : {}),
        ...(input.maxLength ? { maxLength: input.maxLength } : {}),
        ...(input.initial ? { value: escapeCardText(input.initial, "plain") } : {}),
      };
    case "number-input":
      return {
        type: "Input.Number",
        ...base,
        ...(input.min !== undefined ? { min: input.min } : {}),
        ...(input.max !== undefined ? { max: input.max } : {}),
        ...(input.initial !== undefined ? { value: input.initial } : {}),
      };
    case "date-input":
      return { type: "Input.Date", ...base, ...(input.initial ? { value: input.initial } : {}) };
    case "choice-input":
      return {
        type: "Input.ChoiceSet",
        ...base,
        style: "compact",
        ...(input.multiple ? { isMultiSelect: true } : {}),
        choices: input.options.map((option) => ({ title: escapeCardText(option.label, "plain").slice(0, TEAMS_LIMITS.choiceTitle), value: option.value })),
        ...(input.initial?.length ? { value: input.initial.join(",") } : {}),
      };
    case "person-input":
      // Teams' people picker (a choice set fed by Data.Query) has no choices of its own, which the
      // reference validator refuses; a name or e-mail that the use case looks up on the roster works
      // on every client.
      return { type: "Input.Text", ...base, ...(input.initial?.teams ? { value: escapeCardText(input.initial.teams, "plain") } : {}) };
  }
}
