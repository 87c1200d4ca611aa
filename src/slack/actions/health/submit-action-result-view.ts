import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { findCustomerById } from "../../../db/health/find-customer-by-id.js";
import { findImprovementAction } from "../../../db/health/find-improvement-action.js";
import { recordActionResult } from "../../../db/health/record-action-result.js";
import { findPersonByIdentity } from "../../../db/people/find-person-by-identity.js";
import type { AppDeps } from "../../app-deps.js";
import { cleanText } from "../../../domain/text/clean-text.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { checkAssessAccess } from "../../commands/customer/check-assess-access.js";
import { readActionId } from "./record-result-action.js";

/** Saves an action's result; a missing or empty result is shown at the field, and nothing is saved. */
export function submitActionResultView(deps: AppDeps) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const refuse = (message: string) => ack({ response_action: "errors", errors: { result: message } });
    const result = cleanText(view.state.values.result?.value?.value ?? "").trim();
    if (!result) return refuse("Write what came of the action, e.g. “delivery time down to 2 days, customer confirmed”.");
    if (result.length > 1000) return refuse("Keep the result under 1,000 characters.");
    const id = readActionId(view.private_metadata);
    const action = id === null ? null : await findImprovementAction(deps.db, id);
    const customer = action && (await findCustomerById(deps.db, action.customerId));
    if (!action || !customer) return refuse("That improvement action no longer exists; nothing was saved.");
    const actor = await findPersonByIdentity(deps.db, "slack", body.user.id);
    const allowed = actor !== null && (action.owner?.id === actor.id || (await checkAssessAccess(deps.db, actor, customer)));
    if (!allowed) return refuse("Only the action's owner, the customer's owner, their department head, executives and admins record results.");
    const outcome = await recordActionResult(deps.db, { actor: body.user.id, actionId: action.id, result, now: deps.clock.now() });
    if (outcome === "already-done") return refuse("Someone recorded a result for this action meanwhile; nothing was changed.");
    if (outcome === "missing") return refuse("That improvement action no longer exists; nothing was saved.");
    await ack();
    await client.chat
      .postMessage({ channel: body.user.id, text: escapeMrkdwn(`Result recorded for ${customer.key}: ${action.problem} → “${result}”.`) })
      .catch((error: unknown) => deps.logger.warn(`result of action ${action.id} saved, confirmation not delivered`, error));
  };
}
