import { previewCaseAction } from "../../../app/complaints/preview-case-action.js";
import type { CaseTextAction } from "../../../domain/complaints/case-text-form.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { caseTextView } from "../views/case-text-view.js";
import type { CaseButtonArgs } from "./case-button-args.js";
import { caseTextRequest } from "../../../domain/complaints/case-text-request.js";

/**
 * Escalate, Add update, Resolve, Reopen: the rules are asked first with placeholder words (state and
 * role), so a press that would be refused says so instead of opening a form that cannot succeed.
 */
export function openCaseTextForm(deps: AppDeps, seal: ViewSeal, action: CaseTextAction) {
  return async (args: CaseButtonArgs): Promise<void> => {
    await args.ack();
    const complaintId = Number(args.action.value);
    const preview = await previewCaseAction(deps, { complaintId, user: { platform: "slack" as const, id: args.body.user.id }, request: caseTextRequest(action, "?", undefined) }, deps.clock.now());
    if (!preview.ok) {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: renderMrkdwn(preview.message) });
      return;
    }
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: caseTextView(complaintId, action, preview.tier, seal) });
  };
}
