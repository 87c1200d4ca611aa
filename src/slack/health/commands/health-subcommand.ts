import { addMonths } from "../../../domain/calendar/add-months.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { customerTableBlocks } from "../../blocks/health/customer-table-blocks.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { NOT_ON_ROSTER } from "./not-on-roster.js";
import { replyNotice } from "./reply-notice.js";
import { visibleScoredCustomers } from "./visible-scored-customers.js";

const PAGE_SIZE = 30;

export const healthSubcommand: Subcommand = {
  name: "health",
  usage: "/customer health",
  summary: "the monthly health table of high-value customers, worst first, with the change since last month",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    if (ctx.args.trim()) return replyNotice(request, "`/customer health` takes nothing after it; for filters use `/customer list`, e.g. `/customer list grade poor`.");
    await healthTable(request, 0);
  },
};

/** The high-value customers scored now and on the same day last month, worst first. */
export async function healthTable(request: CustomerRequest, page: number, replace = false): Promise<void> {
  const { deps, actor } = request;
  if (!actor) return replyNotice(request, NOT_ON_ROSTER);
  const asOf = evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
  const monthAgo = addMonths(asOf, -1);
  const [now, before] = await Promise.all([
    visibleScoredCustomers(deps, actor, asOf, { valueSegment: "high" }),
    visibleScoredCustomers(deps, actor, monthAgo, { valueSegment: "high" }),
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
  await request.respond({
    response_type: "ephemeral",
    replace_original: replace,
    text: `Monthly health of high-value customers: ${rows.length}`,
    blocks: customerTableBlocks({
      title: "Monthly health — high-value customers",
      subtitle: `As of ${asOf}, change since ${monthAgo}`,
      rows,
      page: Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)),
      pageSize: PAGE_SIZE,
      state: { k: "health" },
    }),
  });
}
