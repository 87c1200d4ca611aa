import { listImprovementActions } from "../../db/health/list-improvement-actions.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { improvementActionsMessage } from "../../domain/health/improvement-actions-message.js";
import { noAccessNotice } from "../../domain/health/no-access-notice.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { checkAssessAccess } from "./check-assess-access.js";
import { checkCustomerAccess } from "./check-customer-access.js";
import type { HealthDeps } from "./health-deps.js";
import { type CustomerTarget, resolveCustomer } from "./resolve-customer.js";

export const ACTIONS_USAGE = "/customer actions <customer>";

/** `/customer actions`: the tracking table, for those who see the score; a "Record result" button on the open actions the person may close. */
export async function showImprovementActions(deps: HealthDeps, input: { actor: RosterPerson | null; target: CustomerTarget; now: Date }): Promise<Message> {
  const resolved = await resolveCustomer(deps.db, input.actor, input.target, { subcommand: "actions", usage: ACTIONS_USAGE, example: "/customer actions ACME" });
  if (!resolved.ok) return resolved.reply;
  const { actor, customer } = resolved;
  if (!(await checkCustomerAccess(deps.db, actor, "score", customer))) return noticeMessage(noAccessNotice(customer));
  const [actions, mayAssessAll] = await Promise.all([listImprovementActions(deps.db, customer.id), checkAssessAccess(deps.db, actor, customer)]);
  return improvementActionsMessage(customer, actions, (action) => mayAssessAll || action.owner?.id === actor.id, evaluationDate(input.now, deps.timeZone));
}
