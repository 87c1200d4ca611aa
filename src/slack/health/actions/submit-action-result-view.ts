import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { recordActionResult } from "../../../app/health/record-action-result.js";
import { findActor } from "../../../app/roster/find-actor.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { healthDepsOf } from "../commands/health-deps-of.js";

/** Saves an action's result; what was wrong is shown at the field, and nothing is saved. */
export function submitActionResultView(deps: AppDeps) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const actor = await findActor(deps.db, "slack", body.user.id);
    const recorded = await recordActionResult(healthDepsOf(deps), {
      actor,
      state: view.private_metadata,
      result: view.state.values.result?.value?.value ?? "",
      now: deps.clock.now(),
    });
    if (!recorded.ok) return ack({ response_action: "errors", errors: { ...recorded.errors } });
    await ack();
    // A retried submission was confirmed the first time.
    if (recorded.again) return;
    await client.chat
      .postMessage({ channel: body.user.id, text: renderMrkdwn(recorded.confirmation.text) })
      .catch((error: unknown) => deps.logger.warn(`result of action ${recorded.actionId} saved, confirmation not delivered`, error));
  };
}
