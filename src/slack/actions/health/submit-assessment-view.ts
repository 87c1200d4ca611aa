import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { z } from "zod";
import { validateAssessmentForm } from "../../../domain/health/validate-assessment-form.js";
import { CORE_DIMENSIONS } from "../../../domain/health/health-settings.js";
import { formatScore } from "../../../domain/health/format-score.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { addDays } from "../../../domain/calendar/add-days.js";
import { findCustomerById } from "../../../db/health/find-customer-by-id.js";
import { recordAssessment } from "../../../db/health/record-assessment.js";
import { findPersonByIdentity } from "../../../db/people/find-person-by-identity.js";
import type { AppDeps } from "../../app-deps.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { checkAssessAccess } from "../../commands/customer/check-assess-access.js";
import { teamHealthSettings } from "../../commands/customer/team-health-settings.js";
import { assessmentErrorBlocks, readAssessmentForm } from "../../views/assess/read-assessment-form.js";

const metadata = z.object({ c: z.number().int().positive(), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ch: z.string().optional() });

/**
 * Saves a submitted assessment. Unlike commands, the work happens before ack(): Slack shows field-level
 * errors only in the ack of the submission, and the save itself can refuse (an owner not on the roster,
 * an assessment of that day already recorded). It is one short transaction, well inside Slack's 3 s.
 */
export function submitAssessmentView(deps: AppDeps) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const refuse = (message: string) => ack({ response_action: "errors", errors: { needs_fit: message } });
    let meta: z.infer<typeof metadata>;
    try {
      meta = metadata.parse(JSON.parse(view.private_metadata));
    } catch {
      return refuse("This form is out of date; close it and type `/customer assess` again.");
    }
    // The metadata is not sealed; its customer and the assessor are checked again below, and its date is
    // re-derived: the day the form was opened can only be today or — opened before midnight — yesterday.
    const today = evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
    if (meta.on !== today && meta.on !== addDays(today, -1)) return refuse(`This form was opened for ${meta.on}; close it and type \`/customer assess\` again to assess as of ${today}.`);
    const [actor, customer] = await Promise.all([findPersonByIdentity(deps.db, "slack", body.user.id), findCustomerById(deps.db, meta.c)]);
    if (!customer) return refuse("This customer no longer exists; nothing was saved.");
    if (!actor || !(await checkAssessAccess(deps.db, actor, customer))) {
      return refuse(`You may not record an assessment of ${customer.key}; nothing was saved.`);
    }
    const settings = teamHealthSettings(deps);
    const dimensions = [...CORE_DIMENSIONS, ...settings.health.extraDimensions.map((extra) => extra.key)];
    const form = readAssessmentForm(view.state.values as never, dimensions);
    const validated = validateAssessmentForm(form, meta.on, settings.health);
    if (!validated.ok) return ack({ response_action: "errors", errors: assessmentErrorBlocks(validated.errors) });
    const saved = await recordAssessment(
      deps.db,
      { actor: body.user.id, viewId: view.id, assessorSlackUserId: body.user.id, customer, assessedOn: meta.on, draft: validated.draft, now: deps.clock.now() },
      settings,
    );
    if (saved.ok === false) return ack({ response_action: "errors", errors: assessmentErrorBlocks(saved.errors) });
    await ack();
    // The same modal submitted again: recorded and confirmed once already.
    if (saved.ok === "again") return deps.logger.info(`assessment view ${view.id} submitted again; assessment ${saved.assessmentId} was recorded from it already`);
    const composite = saved.composite === null ? "no composite (data incomplete)" : `${formatScore(saved.composite)} ${saved.grade}`;
    const actions = validated.draft.actions.length;
    const text = `Assessment of ${escapeMrkdwn(customer.key)} recorded for ${meta.on}: ${composite}${actions ? `, ${actions} improvement action${actions === 1 ? "" : "s"}` : ""}. See it with \`/customer score ${escapeMrkdwn(customer.key)}\`.`;
    try {
      if (meta.ch) await client.chat.postEphemeral({ channel: meta.ch, user: body.user.id, text });
      else await client.chat.postMessage({ channel: body.user.id, text });
    } catch (error) {
      // The assessment is saved; a failed confirmation must not look like a failed save.
      deps.logger.warn(`assessment ${saved.assessmentId} saved, confirmation not delivered`, error);
    }
  };
}
