import type { Form } from "../messages/message.js";

export const WAITING_ON_CUSTOMER_FORM = "complaint_waiting_on_customer";
export const ASKED_MAX_CHARS = 1_000;

/** What "Waiting on customer" asks: what the customer is asked for, shown on the card while the case waits. */
export function waitingOnCustomerForm(complaintId: number): Form {
  return {
    id: WAITING_ON_CUSTOMER_FORM,
    title: `Wait on customer #${complaintId}`,
    submit: "Pause resolution",
    close: "Cancel",
    state: String(complaintId),
    items: [
      { kind: "note", text: "The resolution clock pauses until someone presses Customer replied; the first-response clock keeps running." },
      {
        kind: "text-input",
        id: "asked",
        label: "What is the customer asked for?",
        hint: "e.g. the order number and a photo of the damaged part",
        multiline: true,
        maxLength: ASKED_MAX_CHARS,
      },
    ],
  };
}
