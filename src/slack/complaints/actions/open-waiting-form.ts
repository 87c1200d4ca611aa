import { previewCaseAction } from "../../../app/complaints/preview-case-action.js";
import { waitingOnCustomerForm } from "../../../domain/complaints/waiting-on-customer-form.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import type { ViewSeal } from "../../views/view-seal.js";
import type { CaseButtonArgs } from "./case-button-args.js";
import { sealedFormView } from "./sealed-form.js";

/** "Waiting on customer": asked of the rules first (a placeholder ask), so a refused press opens no form. */
export function openWaitingForm(deps: AppDeps, seal: ViewSeal) {
  return async (args: CaseButtonArgs): Promise<void> => {
    await args.ack();
    const complaintId = Number(args.action.value);
    const preview = await previewCaseAction(deps, { complaintId, user: { platform: "slack" as const, id: args.body.user.id }, request: { action: "wait", asked: "?" } }, deps.clock.now());
    if (!preview.ok) {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: renderMrkdwn(preview.message) });
      return;
    }
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: sealedFormView(waitingOnCustomerForm(complaintId), seal) });
  };
}
