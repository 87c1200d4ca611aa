import type { Form, FormInput } from "../messages/message.js";

export const CASE_TEXT_FORM = "complaint_case_text";
export type CaseTextAction = "escalate" | "update" | "resolve" | "reopen";

const COPY: Record<CaseTextAction, { title: string; label: string; submit: string; hint: string }> = {
  escalate: { title: "Escalate", label: "Why escalate?", submit: "Escalate", hint: "Recorded on the case and sent to the next tier, e.g. needs a firmware fix from engineering" },
  update: { title: "Add update", label: "Update", submit: "Add", hint: "What happened or what the customer was told; a tier's first diagnosis is an update" },
  resolve: { title: "Resolve", label: "Solution", submit: "Resolve", hint: "What solved it: the customer is asked to confirm this" },
  reopen: { title: "Reopen", label: "Why reopen?", submit: "Reopen", hint: "e.g. the customer reports the fault again" },
};

/**
 * The form behind the buttons that need words: escalate (reason, optionally skipping a tier), update,
 * resolve, reopen. Its state (JSON, sealed by the adapter) is the case and the action.
 */
export function caseTextForm(complaintId: number, action: CaseTextAction, currentTier: number): Form {
  const copy = COPY[action];
  const items: FormInput[] = [{ kind: "text-input", id: "text", label: copy.label, hint: copy.hint, multiline: true, maxLength: 3_000 }];
  if (action === "escalate" && currentTier === 1) {
    items.push({
      kind: "choice-input",
      id: "tier",
      optional: true,
      label: "Escalate to",
      hint: "Skipping to tier 3 is for tier 2 and above, with the reason above",
      initial: ["2"],
      options: [
        { value: "2", label: "Tier 2 — department head, technical support" },
        { value: "3", label: "Tier 3 — executives" },
      ],
    });
  }
  return { id: CASE_TEXT_FORM, title: `${copy.title} #${complaintId}`.slice(0, 24), submit: copy.submit, close: "Cancel", state: JSON.stringify({ complaintId, action }), items };
}
