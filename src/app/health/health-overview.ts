import { addMonths } from "../../domain/calendar/add-months.js";
import { customerTableMessage } from "../../domain/health/customer-table-message.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { NOT_ON_ROSTER } from "../../domain/health/not-on-roster.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { HealthDeps } from "./health-deps.js";
import { visibleScoredCustomers } from "./visible-scored-customers.js";

const PAGE_SIZE = 30;

/**
 * `/customer health`: the high-value customers the person may see, scored now and on the same day last
 * month, worst first. `typed` is what followed the subcommand (it takes nothing); a page button gives none.
 */
export async function healthOverview(deps: HealthDeps, input: { actor: RosterPerson | null; typed?: string; page: number; now: Date }): Promise<Message> {
  if (input.typed?.trim()) {
    return noticeMessage([
      { kind: "code", text: "/customer health" },
      " takes nothing after it; for filters use ",
      { kind: "code", text: "/customer list" },
      ", e.g. ",
      { kind: "code", text: "/customer list grade poor" },
      ".",
    ]);
  }
  if (!input.actor) return noticeMessage(NOT_ON_ROSTER);
  const asOf = evaluationDate(input.now, deps.timeZone);
  const monthAgo = addMonths(asOf, -1);
  const [now, before] = await Promise.all([
    visibleScoredCustomers(deps, input.actor, asOf, { valueSegment: "high" }),
    visibleScoredCustomers(deps, input.actor, monthAgo, { valueSegment: "high" }),
  ]);
  const previous = new Map(before.map(({ customer, score }) => [customer.id, score.composite]));
  const rows = now
    .map(({ customer, score }) => {
      const earlier = previous.get(customer.id) ?? null;
      const change = score.composite === null || earlier === null ? null : Math.round((score.composite - earlier) * 10) / 10;
      return { customer, score, change };
    })
    // Worst first; customers without a score (data incomplete) after the scored ones.
    .sort((a, b) => (a.score.composite ?? 99) - (b.score.composite ?? 99) || a.customer.key.localeCompare(b.customer.key));
  return customerTableMessage({
    text: `Monthly health of high-value customers: ${rows.length}`,
    title: "Monthly health — high-value customers",
    subtitle: `As of ${asOf}, change since ${monthAgo}`,
    rows,
    page: Math.min(input.page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)),
    pageSize: PAGE_SIZE,
    state: { k: "health" },
  });
}
