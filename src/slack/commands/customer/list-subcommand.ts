import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { type ListFilters, parseListFilters } from "../../../domain/health/parse-list-filters.js";
import { findPeopleByHandle } from "../../../db/health/find-people-by-handle.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { customerTableBlocks } from "../../blocks/health/customer-table-blocks.js";
import type { Subcommand } from "../subcommand.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { NOT_ON_ROSTER } from "./not-on-roster.js";
import { replyNotice } from "./reply-notice.js";
import { visibleScoredCustomers } from "./visible-scored-customers.js";
import { slackIdOf } from "../../slack-id-of.js";

const USAGE = "/customer list [grade <g>] [owner @x] [tier <t>]";
const PAGE_SIZE = 20;

export const listSubcommand: Subcommand = {
  name: "list",
  usage: USAGE,
  summary: "the customers you may see, best score first, filtered by grade, owner or tier",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    const parsed = parseListFilters(ctx.args, ctx.deps.settings.health, USAGE);
    if (!parsed.ok) return replyNotice(request, escapeMrkdwn(parsed.message, "notice"));
    const { ownerHandle, ...filters } = parsed.filters;
    if (ownerHandle) {
      const people = await findPeopleByHandle(ctx.deps.db, ownerHandle);
      if (people.length !== 1) {
        const problem = escapeMrkdwn(people.length === 0 ? `Nobody on the roster is called \`${ownerHandle}\`.` : `\`${ownerHandle}\` could be ${people.map((p) => p.name).join(", ")}.`, "notice");
        return replyNotice(request, `${problem} Name the owner by more of their name, e.g. \`/customer list owner @meichen\`.`);
      }
      filters.ownerSlackUserId = slackIdOf(people[0]!);
    }
    await listCustomers(request, filters, 0);
  },
};

/** One page of the list; the page buttons call this again with the same filters. */
export async function listCustomers(request: CustomerRequest, filters: ListFilters, page: number, replace = false): Promise<void> {
  const { deps, actor } = request;
  if (!actor) return replyNotice(request, NOT_ON_ROSTER);
  const asOf = evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
  const scored = await visibleScoredCustomers(deps, actor, asOf, { tier: filters.tier, ownerSlackUserId: filters.ownerSlackUserId });
  const rows = scored
    .filter(({ score }) => !filters.grade || score.grade?.name === filters.grade)
    .sort((a, b) => (b.score.composite ?? -1) - (a.score.composite ?? -1) || a.customer.key.localeCompare(b.customer.key));
  const described = [
    filters.grade && `grade ${filters.grade}`,
    filters.tier && `tier ${filters.tier}`,
    filters.ownerSlackUserId && `owner <@${filters.ownerSlackUserId}>`,
  ].filter(Boolean);
  await request.respond({
    response_type: "ephemeral",
    replace_original: replace,
    text: `Customers${described.length ? ` (${described.join(", ")})` : ""}: ${rows.length}`,
    blocks: customerTableBlocks({
      title: "Customers by health score",
      subtitle: `As of ${asOf}${described.length ? ` · ${described.join(", ")}` : ""}`,
      rows,
      page: Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)),
      pageSize: PAGE_SIZE,
      state: { k: "list", f: filters },
    }),
  });
}
