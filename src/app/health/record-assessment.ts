import { z } from "zod";
import { findCustomerById } from "../../db/health/find-customer-by-id.js";
import { recordAssessment as saveAssessment } from "../../db/health/record-assessment.js";
import { addDays } from "../../domain/calendar/add-days.js";
import type { AssessmentForm } from "../../domain/health/assessment-draft.js";
import { assessmentFormErrors } from "../../domain/health/assessment-form-errors.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { formatScore } from "../../domain/health/format-score.js";
import { validateAssessmentForm } from "../../domain/health/validate-assessment-form.js";
import type { FormErrors, Message } from "../../domain/messages/message.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { checkAssessAccess } from "./check-assess-access.js";
import type { HealthDeps } from "./health-deps.js";

const metadata = z.object({ c: z.number().int().positive(), on: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), ch: z.string().optional() });

export type RecordedAssessment =
  | { kind: "errors"; errors: FormErrors }
  /** The same form submitted again: recorded and confirmed once already. */
  | { kind: "again"; assessmentId: number }
  | { kind: "recorded"; assessmentId: number; confirmation: Message; channelId?: string };

/**
 * Records a submitted assessment form: re-checks what the form carried (its customer, who may assess it,
 * the day it was opened for), validates the values, saves the snapshot once per submission
 * (`submissionId`, the form's id on its platform), attributed to the submitter (actorOf).
 */
export async function recordAssessment(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; submissionId: string; state: string; form: AssessmentForm; now: Date },
): Promise<RecordedAssessment> {
  const refuse = (message: string): RecordedAssessment => ({ kind: "errors", errors: { needs_fit: message } });
  let meta: z.infer<typeof metadata>;
  try {
    meta = metadata.parse(JSON.parse(input.state));
  } catch {
    return refuse("This form is out of date; close it and type `/customer assess` again.");
  }
  // The state is not sealed; its customer and the assessor are checked again below, and its date is
  // re-derived: the day the form was opened can only be today or — opened before midnight — yesterday.
  const today = evaluationDate(input.now, deps.timeZone);
  if (meta.on !== today && meta.on !== addDays(today, -1)) return refuse(`This form was opened for ${meta.on}; close it and type \`/customer assess\` again to assess as of ${today}.`);
  const customer = await findCustomerById(deps.db, meta.c);
  if (!customer) return refuse("This customer no longer exists; nothing was saved.");
  if (!input.actor || !(await checkAssessAccess(deps.db, input.actor, customer))) return refuse(`You may not record an assessment of ${customer.key}; nothing was saved.`);
  const validated = validateAssessmentForm(input.form, meta.on, deps.health);
  if (!validated.ok) return { kind: "errors", errors: assessmentFormErrors(validated.errors) };
  const saved = await saveAssessment(
    deps.db,
    { actor: actorOf(input.actor), submissionId: input.submissionId, assessorId: input.actor.id, customer, assessedOn: meta.on, draft: validated.draft, now: input.now },
    deps,
  );
  if (saved.ok === false) return { kind: "errors", errors: assessmentFormErrors(saved.errors) };
  if (saved.ok === "again") return { kind: "again", assessmentId: saved.assessmentId };
  const composite = saved.composite === null ? "no composite (data incomplete)" : `${formatScore(saved.composite)} ${saved.grade}`;
  const actions = validated.draft.actions.length;
  const text = [
    "Assessment of ",
    customer.key,
    ` recorded for ${meta.on}: ${composite}${actions ? `, ${actions} improvement action${actions === 1 ? "" : "s"}` : ""}. See it with `,
    { kind: "code" as const, text: `/customer score ${customer.key}` },
    ".",
  ];
  return { kind: "recorded", assessmentId: saved.assessmentId, confirmation: { text, parts: [] }, channelId: meta.ch };
}
