import { listActionOwnerChoices } from "../../db/roster/list-action-owner-choices.js";
import { assessmentForm, OWNER_CHOICES } from "../../domain/health/assessment-form.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import type { Form, Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { mentionPerson } from "../../domain/roster/mention-person.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { buildHealthReport } from "./build-health-report.js";
import { checkAssessAccess } from "./check-assess-access.js";
import type { HealthDeps } from "./health-deps.js";
import { type CustomerTarget, resolveCustomer } from "./resolve-customer.js";

export const ASSESS_USAGE = "/customer assess <customer>";

/**
 * `formUnavailable`: the request cannot open a form itself (Slack sent no trigger; a Teams message opens a
 * dialog only through a button): the assessor may assess `customer`, and the adapter says what to do next.
 */
export type OpenedAssessment = { form: Form } | { reply: Message } | { formUnavailable: true; customer: { id: number; key: string } };

/**
 * `/customer assess`: the assessment form with today's computed values next to each override field, for
 * someone who may assess the customer; `canOpenForm` is whether the request came with what opening a form needs.
 * `channelId` is where the confirmation goes.
 */
export async function openAssessment(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; target: CustomerTarget; canOpenForm: boolean; channelId?: string; now: Date },
): Promise<OpenedAssessment> {
  const resolved = await resolveCustomer(deps.db, input.actor, input.target, { subcommand: "assess", usage: ASSESS_USAGE, example: "/customer assess ACME" });
  if (!resolved.ok) return { reply: resolved.reply };
  const { actor, customer } = resolved;
  if (!(await checkAssessAccess(deps.db, actor, customer))) {
    return {
      reply: noticeMessage([
        "Sorry — an assessment of ",
        customer.key,
        " is recorded by its owner",
        customer.owner ? [" (", mentionPerson(customer.owner), ")"] : "",
        ", their department head, an executive or an admin. Nothing was changed.",
      ]),
    };
  }
  if (!input.canOpenForm) return { formUnavailable: true, customer: { id: customer.id, key: customer.key } };
  const assessedOn = evaluationDate(input.now, deps.timeZone);
  const report = await buildHealthReport(deps.db, customer, assessedOn, deps);
  const owners = await listActionOwnerChoices(deps.db, customer.owner, OWNER_CHOICES);
  return { form: assessmentForm(report, deps.health, { c: customer.id, on: assessedOn, ch: input.channelId }, owners) };
}
