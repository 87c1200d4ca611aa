import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { healthReportMessage } from "../../domain/health/health-report-message.js";
import { noAccessNotice } from "../../domain/health/no-access-notice.js";
import { parseEvaluationDate } from "../../domain/health/parse-evaluation-date.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { quotedText } from "../../domain/messages/quoted-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { buildHealthReport } from "./build-health-report.js";
import { checkCustomerAccess } from "./check-customer-access.js";
import type { HealthDeps } from "./health-deps.js";
import { type CustomerTarget, resolveCustomer } from "./resolve-customer.js";

export const SCORE_USAGE = "/customer score <customer> [at YYYY-MM-DD]";
const EXAMPLE = "/customer score ACME";

/**
 * `/customer score`: the customer's health report, with a Share button — for someone allowed to see it.
 * Access is checked before anything is scored. A typed request may end in `at YYYY-MM-DD`
 * (`Acme Corp at 2026-06-30`); a "which one?" button carries its date as `at`.
 */
export async function scoreCustomer(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; target: CustomerTarget; at?: string; now: Date },
): Promise<Message> {
  const today = evaluationDate(input.now, deps.timeZone);
  let target = input.target;
  let at = input.at;
  if ("typed" in target) {
    const match = /^(.*?)\s+at\s+(\S+)$/i.exec(target.typed);
    if (match) {
      const parsed = parseEvaluationDate(match[2]!, input.now, deps.timeZone);
      if (!parsed.ok) return noticeMessage(quotedText(`${parsed.message}. Usage: \`${SCORE_USAGE}\`, e.g. \`/customer score ACME at ${today}\``));
      target = { typed: match[1]! };
      at = parsed.date;
    }
  }
  const resolved = await resolveCustomer(deps.db, input.actor, target, { subcommand: "score", usage: SCORE_USAGE, example: EXAMPLE, at });
  if (!resolved.ok) return resolved.reply;
  const { actor, customer } = resolved;
  if (!(await checkCustomerAccess(deps.db, actor, "score", customer))) return noticeMessage(noAccessNotice(customer));
  const report = await buildHealthReport(deps.db, customer, at ?? today, deps);
  return healthReportMessage(report, { shareable: true });
}
