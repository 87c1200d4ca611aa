import { SATISFACTION_FORM, satisfactionForm } from "../../domain/complaints/satisfaction-form.js";
import type { FormErrors } from "../../domain/messages/message.js";
import type { AdaptiveCard } from "../render/adaptive-card.js";
import { renderDialog } from "../render/render-dialog.js";

/** The verb of the satisfaction prompt's button (the same id as Slack's form). */
export const SATISFACTION_VERB = SATISFACTION_FORM;

/**
 * The case card as whoever confirmed the closing sees it in Teams: the card, then the same question Slack
 * asks in a modal (satisfaction 1–5, what the customer said) with one Action.Execute that sends the
 * answers with the case id (and the customer's key, to ask again after a bad answer). Only the presser
 * gets this card (the invoke's answer); everyone else sees the card alone. `errors` (what was wrong
 * with an answer) show under their fields, the typed comment kept.
 */
export function satisfactionPrompt(caseCard: AdaptiveCard, complaintId: number, customerKey: string, errors: FormErrors = {}, typedComment = ""): AdaptiveCard {
  const form = satisfactionForm(complaintId, customerKey);
  const items = form.items.map((item) => (item.kind === "text-input" && typedComment ? { ...item, initial: typedComment } : item));
  const { card } = renderDialog({ ...form, items }, "", errors);
  const submit = { type: "Action.Execute", title: form.submit, verb: SATISFACTION_VERB, data: { value: String(complaintId), customer: customerKey }, associatedInputs: "auto" };
  return {
    ...caseCard,
    body: [...caseCard.body, { type: "Container", separator: true, spacing: "Large", items: card.body }, { type: "ActionSet", actions: [submit] }],
  };
}
