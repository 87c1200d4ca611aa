import { type ComplaintListFilter, listComplaints } from "../../../app/complaints/list-complaints.js";
import { complaintListMessage } from "../../../domain/complaints/complaint-list-message.js";
import { loadAccessViewer } from "../../../app/roster/load-access-viewer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { renderMessage } from "../../render/render-message.js";
import { renderMrkdwn } from "../../render/render-mrkdwn.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

const FILTERS = ["open", "mine", "overdue", "all"] as const;

/** `/complaint list [open|mine|overdue|all] [customer]`. */
export const listSubcommand: SubcommandHandler = {
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const words = ctx.args.split(/\s+/).filter(Boolean);
    const first = words[0]?.toLowerCase();
    const filter: ComplaintListFilter = (FILTERS as readonly string[]).includes(first ?? "") ? (first as ComplaintListFilter) : "open";
    const customerQuery = (filter === first ? words.slice(1) : words).join(" ");
    const viewer = await loadAccessViewer(ctx.deps.db, ctx.actor);
    const list = await listComplaints(ctx.deps, { viewer, filter, customerQuery }, ctx.deps.clock.now());
    if (!list.ok) return reply(ctx, "notice" in list ? escapeMrkdwn(list.notice, "notice") : renderMrkdwn(list.refusal));
    const { text, blocks } = renderMessage(complaintListMessage(list.title, list.items, list.more));
    await reply(ctx, text, blocks);
  },
};
