import { findCustomer } from "../../../db/health/find-customer.js";
import { listComplaintIds } from "../../../db/complaints/list-complaint-ids.js";
import { loadComplaintEvents, SLA_EVENT_KINDS } from "../../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { computeSlaDeadlines } from "../../../domain/complaints/compute-sla-deadlines.js";
import { describeSlaClock } from "../../../domain/complaints/describe-sla-clock.js";
import { mostPressingDeadline } from "../../../domain/complaints/most-pressing-deadline.js";
import { teamWorkingDayCalendar } from "../../../domain/complaints/team-working-day-calendar.js";
import { describeNoMatch } from "../../../domain/health/describe-no-match.js";
import { reachOf } from "../../../domain/access/may-access.js";
import { mayAccessComplaint } from "../../access/complaint-access.js";
import { loadAccessViewer } from "../../access/load-access-viewer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { complaintListBlocks } from "../../blocks/complaints/complaint-list-blocks.js";
import type { Subcommand } from "../subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";
import { slackIdOf } from "../../slack-id-of.js";

const FILTERS = ["open", "mine", "overdue", "all"] as const;
const SHOWN = 30;

/** `/complaint list [open|mine|overdue|all] [customer]`. */
export const listSubcommand: Subcommand = {
  name: "list",
  usage: "/complaint list [open|mine|overdue|all] [customer]",
  summary: "cases not closed yet (default), yours, those past an SLA deadline, or all — optionally of one customer",
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const words = ctx.args.split(/\s+/).filter(Boolean);
    const first = words[0]?.toLowerCase();
    const filter = (FILTERS as readonly string[]).includes(first ?? "") ? (first as (typeof FILTERS)[number]) : "open";
    const customerQuery = (filter === first ? words.slice(1) : words).join(" ");
    let customerId: number | undefined;
    let customerKey = "";
    if (customerQuery) {
      const found = await findCustomer(ctx.deps.db, customerQuery);
      if (found.kind === "none") return reply(ctx, escapeMrkdwn(describeNoMatch(customerQuery, found.suggestions), "notice"));
      if (found.kind === "several") return reply(ctx, `\`${escapeMrkdwn(customerQuery)}\` matches ${escapeMrkdwn(found.candidates.map((c) => c.key).join(", "))}${found.more ? " and more" : ""}: type the key.`);
      customerId = found.customer.id;
      customerKey = found.customer.key;
    }
    const now = ctx.deps.clock.now();
    const calendar = teamWorkingDayCalendar(ctx.deps.settings.calendar);
    const viewer = await loadAccessViewer(ctx.deps.db, ctx.actor);
    // Someone who sees only some cases gets them from a longer list, filtered by the visibility rule.
    const seesAll = reachOf(ctx.actor, "complaints") === "all";
    const ids = await listComplaintIds(ctx.deps.db, {
      scope: filter === "all" ? "all" : "open",
      customerId,
      involving: filter === "mine" ? slackIdOf(ctx.actor) : undefined,
      limit: filter === "overdue" || !seesAll ? 2_000 : SHOWN + 1,
    });
    const records = (await loadComplaintRecords(ctx.deps.db.prisma, ids)).filter((record) => mayAccessComplaint(viewer, record));
    const histories = await loadComplaintEvents(ctx.deps.db.prisma, ids, SLA_EVENT_KINDS);
    const items = records.map((record) => {
      const deadlines = computeSlaDeadlines(record.case, histories.get(record.case.id) ?? [], now, ctx.deps.settings.complaints, calendar);
      const pressing = mostPressingDeadline(deadlines);
      return { record, clock: pressing ? describeSlaClock(pressing, now) : null, overdue: deadlines.some((deadline) => deadline.state === "missed") };
    });
    // Overdue: a deadline was missed — at the current tier or an earlier one, the same verdict the card shows.
    const chosen = filter === "overdue" ? items.filter((item) => item.overdue) : items;
    const title = `${{ open: "Open complaints", mine: "Your complaints", overdue: "Overdue complaints", all: "All complaints" }[filter]}${customerKey ? ` — ${customerKey}` : ""}`;
    await reply(ctx, escapeMrkdwn(title), complaintListBlocks(title, chosen.slice(0, SHOWN), chosen.length > SHOWN));
  },
};
