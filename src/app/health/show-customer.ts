import { loadRecentSatisfaction } from "../../db/complaints/load-recent-satisfaction.js";
import { headedDepartmentIds } from "../../db/health/headed-department-ids.js";
import { loadCustomerFacts } from "../../db/health/load-customer-facts.js";
import { recentSatisfactionLines } from "../../domain/complaints/recent-satisfaction-lines.js";
import { customerSubject } from "../../domain/access/access-subject.js";
import { mayAccess } from "../../domain/access/may-access.js";
import { customerFactsMessage } from "../../domain/health/customer-facts-message.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { noAccessNotice } from "../../domain/health/no-access-notice.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { buildHealthReport } from "./build-health-report.js";
import type { HealthDeps } from "./health-deps.js";
import { type CustomerTarget, resolveCustomer } from "./resolve-customer.js";

export const SHOW_USAGE = "/customer show <customer>";

/**
 * `/customer show`: the customer card, each part only for people allowed to see its kind of data
 * (docs/access.md): the profile, contacts and interactions (facts), the value segment (commercial), the
 * score, the open complaints.
 */
export async function showCustomer(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; target: CustomerTarget; now: Date },
): Promise<Message> {
  const resolved = await resolveCustomer(deps.db, input.actor, input.target, { subcommand: "show", usage: SHOW_USAGE, example: "/customer show ACME" });
  if (!resolved.ok) return resolved.reply;
  const { actor, customer } = resolved;
  const viewer = { person: actor, headOfDepartmentIds: await headedDepartmentIds(deps.db, actor.id) };
  const subject = customerSubject(customer.owner);
  if (!mayAccess(viewer, "facts", subject)) return noticeMessage(noAccessNotice(customer, "facts"));
  const shown = { score: mayAccess(viewer, "score", subject), commercial: mayAccess(viewer, "commercial", subject), complaints: mayAccess(viewer, "complaints", subject) };
  const today = evaluationDate(input.now, deps.timeZone);
  const [facts, report, satisfaction] = await Promise.all([
    loadCustomerFacts(deps.db, customer.id, today),
    shown.score ? buildHealthReport(deps.db, customer, today, deps) : null,
    // The last three answers about how complaints were handled (issue 14), with the complaints.
    shown.complaints ? loadRecentSatisfaction(deps.db, customer.id, 3) : [],
  ]);
  const answers = recentSatisfactionLines(satisfaction, input.now, deps.timeZone);
  return customerFactsMessage(customer, facts, report?.score ?? null, deps.timeZone, shown, answers);
}
