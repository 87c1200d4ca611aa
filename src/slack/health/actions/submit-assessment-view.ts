import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { recordAssessment } from "../../../app/health/record-assessment.js";
import { findActor } from "../../../app/roster/find-actor.js";
import { CORE_DIMENSIONS } from "../../../domain/health/health-settings.js";
import type { AppDeps } from "../../app-deps.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { healthDepsOf } from "../commands/health-deps-of.js";
import { readAssessmentForm } from "../views/read-assessment-form.js";

/**
 * Saves a submitted assessment. Unlike commands, the work happens before ack(): Slack shows field-level
 * errors only in the ack of the submission, and the save itself can refuse (an owner not on the roster,
 * an assessment of that day already recorded). It is one short transaction, well inside Slack's 3 s.
 */
export function submitAssessmentView(deps: AppDeps) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const health = healthDepsOf(deps);
    const dimensions = [...CORE_DIMENSIONS, ...health.health.extraDimensions.map((extra) => extra.key)];
    const recorded = await recordAssessment(health, {
      actor: await findActor(deps.db, "slack", body.user.id),
      submissionId: view.id,
      state: view.private_metadata,
      form: readAssessmentForm(view.state.values as never, dimensions),
      now: deps.clock.now(),
    });
    if (recorded.kind === "errors") return ack({ response_action: "errors", errors: { ...recorded.errors } });
    await ack();
    // The same modal submitted again: recorded and confirmed once already.
    if (recorded.kind === "again") return deps.logger.info(`assessment view ${view.id} submitted again; assessment ${recorded.assessmentId} was recorded from it already`);
    const text = renderMrkdwn(recorded.confirmation.text);
    try {
      if (recorded.channelId) await client.chat.postEphemeral({ channel: recorded.channelId, user: body.user.id, text });
      else await client.chat.postMessage({ channel: body.user.id, text });
    } catch (error) {
      // The assessment is saved; a failed confirmation must not look like a failed save.
      deps.logger.warn(`assessment ${recorded.assessmentId} saved, confirmation not delivered`, error);
    }
  };
}
