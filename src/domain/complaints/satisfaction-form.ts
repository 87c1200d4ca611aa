import type { Form } from "../messages/message.js";

export const SATISFACTION_FORM = "complaint_satisfaction";
export const SATISFACTION_COMMENT_MAX_CHARS = 1_000;

/** Asked of whoever confirmed a case closed: the customer's satisfaction with the handling, 1–5, and an optional comment. */
export function satisfactionForm(complaintId: number, customerKey: string): Form {
  return {
    id: SATISFACTION_FORM,
    title: `Satisfaction #${complaintId}`,
    submit: "Record",
    close: "Not now",
    state: String(complaintId),
    items: [
      { kind: "text", text: ["Case #", String(complaintId), " is closed. How satisfied is ", customerKey, " with how it was handled?"] },
      { kind: "number-input", id: "score", label: "Satisfaction (1–5)", hint: "1 = very dissatisfied … 5 = very satisfied", min: 1, max: 5 },
      { kind: "text-input", id: "comment", label: "What the customer said", optional: true, multiline: true, maxLength: SATISFACTION_COMMENT_MAX_CHARS },
    ],
  };
}
