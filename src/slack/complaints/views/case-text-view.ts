import type { ModalView } from "@slack/types";
import type { ViewSeal } from "../../views/view-seal.js";

export const CASE_TEXT_VIEW = "complaint_case_text";
export type CaseTextAction = "escalate" | "update" | "resolve" | "reopen";

const COPY: Record<CaseTextAction, { title: string; label: string; submit: string; hint: string }> = {
  escalate: { title: "Escalate", label: "Why escalate?", submit: "Escalate", hint: "Recorded on the case and sent to the next tier, e.g. needs a firmware fix from engineering" },
  update: { title: "Add update", label: "Update", submit: "Add", hint: "What happened or what the customer was told; a tier's first diagnosis is an update" },
  resolve: { title: "Resolve", label: "Solution", submit: "Resolve", hint: "What solved it: the customer is asked to confirm this" },
  reopen: { title: "Reopen", label: "Why reopen?", submit: "Reopen", hint: "e.g. the customer reports the fault again" },
};

/** The modal behind the buttons that need words: escalate (reason, optionally skipping a tier), update, resolve, reopen. */
export function caseTextView(complaintId: number, action: CaseTextAction, currentTier: number, seal: ViewSeal): ModalView {
  const copy = COPY[action];
  const view: ModalView = {
    type: "modal",
    callback_id: CASE_TEXT_VIEW,
    private_metadata: seal.seal({ complaintId, action }),
    title: { type: "plain_text", text: `${copy.title} #${complaintId}`.slice(0, 24) },
    submit: { type: "plain_text", text: copy.submit },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "input",
        block_id: "text",
        label: { type: "plain_text", text: copy.label },
        hint: { type: "plain_text", text: copy.hint },
        element: { type: "plain_text_input", action_id: "value", multiline: true, max_length: 3_000 },
      },
    ],
  };
  if (action === "escalate" && currentTier === 1) {
    view.blocks.push({
      type: "input",
      block_id: "tier",
      optional: true,
      label: { type: "plain_text", text: "Escalate to" },
      hint: { type: "plain_text", text: "Skipping to tier 3 is for tier 2 and above, with the reason above" },
      element: {
        type: "static_select",
        action_id: "value",
        initial_option: { text: { type: "plain_text", text: "Tier 2 — department head, technical support" }, value: "2" },
        options: [
          { text: { type: "plain_text", text: "Tier 2 — department head, technical support" }, value: "2" },
          { text: { type: "plain_text", text: "Tier 3 — executives" }, value: "3" },
        ],
      },
    });
  }
  return view;
}
