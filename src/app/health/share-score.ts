import { findCustomerById } from "../../db/health/find-customer-by-id.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { healthReportMessage } from "../../domain/health/health-report-message.js";
import { noAccessNotice } from "../../domain/health/no-access-notice.js";
import { NOT_ON_ROSTER } from "../../domain/health/not-on-roster.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { buildHealthReport } from "./build-health-report.js";
import { checkCustomerAccess } from "./check-customer-access.js";
import type { HealthDeps } from "./health-deps.js";

export type SharedScore = { shared: true; message: Message } | { shared: false; reply: Message };

/**
 * "Share in channel": the same report (recomputed for the same date, so it is current evidence) for
 * everyone in the channel, naming who shared it — after checking again that the presser may see it.
 * `customerId` null: the button's value was not ours.
 */
export async function shareScore(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; customerId: number | null; at?: string; now: Date },
): Promise<SharedScore> {
  const { actor } = input;
  if (!actor) return { shared: false, reply: noticeMessage(NOT_ON_ROSTER) };
  const customer = input.customerId === null ? null : await findCustomerById(deps.db, input.customerId);
  if (!customer) return { shared: false, reply: noticeMessage("That customer no longer exists; nothing was shared.") };
  if (!(await checkCustomerAccess(deps.db, actor, "score", customer))) return { shared: false, reply: noticeMessage(noAccessNotice(customer)) };
  const report = await buildHealthReport(deps.db, customer, input.at ?? evaluationDate(input.now, deps.timeZone), deps);
  return { shared: true, message: healthReportMessage(report, { shareable: false, sharedBy: actor }) };
}
