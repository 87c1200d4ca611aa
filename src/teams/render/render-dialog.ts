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
 * shows before sending; `errors` (what the use case refused) are shown in red under their fields, and
 * `typed` (a refused submission's data, by input id) stays in the inputs instead of their initial values.
 */
export function renderDialog(form: Form, sealedState: string, errors: FormErrors = {}, typed: Readonly<Record<string, unknown>> = {}): TeamsDialog {
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
    const kept = typed[item.id];
    body.push(renderInput(item, typeof kept === "string" && kept !== "" ? kept : undefined));
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

/** One input; `kept` is what the person typed or chose in a refused submission (Teams sends every value as text). */
function renderInput(input: FormInput, kept: string | undefined): CardElement {
  const label = escapeCardText(input.label, "plain");
  const base = {
    id: input.id,
    label,
    isRequired: !input.optional,
    ...(input.optional ? {} : { errorMessage: `${label} is required` }),
    ...(input.placeholder ? { placeholder: escapeCardText(input.placeholder, "plain") } : {}),
  };
  const choiceSet = (choices: readonly { label: string; value: string }[], value: string | undefined, extra: Record<string, unknown> = {}): CardElement => ({
    type: "Input.ChoiceSet",
    ...base,
    style: "compact",
    ...extra,
    choices: choices.map((option) => ({ title: escapeCardText(option.label, "plain").slice(0, TEAMS_LIMITS.choiceTitle), value: option.value })),
    ...(value ? { value } : {}),
  });
  switch (input.kind) {
    case "text-input": {
      const value = kept ?? input.initial;
      return {
        type: "Input.Text",
        ...base,
        ...(input.multiline ? { isMultiline: true } : {}),
        ...(input.maxLength ? { maxLength: input.maxLength } : {}),
        ...(value ? { value: escapeCardText(value, "plain") } : {}),
      };
    }
    case "number-input": {
      const value = kept !== undefined && Number.isFinite(Number(kept)) ? Number(kept) : input.initial;
      return {
        type: "Input.Number",
        ...base,
        ...(input.min !== undefined ? { min: input.min } : {}),
        ...(input.max !== undefined ? { max: input.max } : {}),
        ...(value !== undefined ? { value } : {}),
      };
    }
    case "date-input": {
      const value = kept !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(kept) ? kept : input.initial;
      return { type: "Input.Date", ...base, ...(value ? { value } : {}) };
    }
    case "choice-input":
      // A multi-select choice set answers "a,b" (Adaptive Cards' form), which is also how it is preset.
      return choiceSet(input.options, kept ?? input.initial?.join(","), input.multiple ? { isMultiSelect: true } : {});
    case "person-input":
      // The roster people as a choice set that filters as one types (Teams' own people picker finds
      // directory users, who need not be on the roster); its value is the chosen person's id.
      return choiceSet(input.people.map((person) => ({ label: person.name, value: String(person.personId) })), kept, { style: "filtered" });
  }
}
