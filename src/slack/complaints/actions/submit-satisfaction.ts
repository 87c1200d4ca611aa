import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { recordCaseSatisfaction } from "../../../app/complaints/record-case-satisfaction.js";
import { parseSatisfaction } from "../../../domain/complaints/parse-satisfaction.js";
import { SATISFACTION_FORM } from "../../../domain/complaints/satisfaction-form.js";
import { cleanText } from "../../../domain/text/clean-text.js";
import type { AppDeps } from "../../app-deps.js";
import { renderPlain } from "../../render/render-plain.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { sealedComplaintId, UNVERIFIED_FORM } from "./sealed-form.js";

/** The customer's satisfaction: bad input, a second answer or the wrong person show under the score; nothing changes. */
export function submitSatisfaction(deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, view, body }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const complaintId = sealedComplaintId(view.private_metadata, SATISFACTION_FORM, seal);
    if (complaintId === null) return ack({ response_action: "errors", errors: { score: UNVERIFIED_FORM } });
    const answer = parseSatisfaction({ score: view.state.values.score?.value?.value, comment: cleanText(view.state.values.comment?.value?.value ?? "") });
    if (!answer.ok) return ack({ response_action: "errors", errors: answer.errors });
    const result = await recordCaseSatisfaction(deps, { complaintId, user: { platform: "slack" as const, id: body.user.id }, answer: { score: answer.score, comment: answer.comment } }, deps.clock.now());
    if (!result.ok) return ack({ response_action: "errors", errors: { score: renderPlain(result.message) } });
    await ack();
  };
}
