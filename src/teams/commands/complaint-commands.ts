import { addOnCallOverride } from "../../app/complaints/add-on-call-override.js";
import { type ComplaintListFilter, listComplaints } from "../../app/complaints/list-complaints.js";
import { showComplaint } from "../../app/complaints/show-complaint.js";
import { showMonthlyReport } from "../../app/complaints/show-monthly-report.js";
import { showOnCall } from "../../app/complaints/show-on-call.js";
import { loadAccessViewer } from "../../app/roster/load-access-viewer.js";
import { complaintListMessage } from "../../domain/complaints/complaint-list-message.js";
import { complaintTimelineMessage } from "../../domain/complaints/complaint-timeline-message.js";
import { OVERRIDE_USAGE } from "../../domain/complaints/on-call/parse-override-command.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { quotedText } from "../../domain/messages/quoted-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { TeamsCommandRequest, TeamsSubcommandRun } from "./teams-subcommand.js";

/** Complaints are customer data: the same refusal as the slash commands' for someone not on the roster. */
const NOT_ON_ROSTER = noticeMessage("Sorry — complaints are shown only to people on Steward's roster, and you are not on it yet. Ask your Steward admin to add you.");
const FILTERS = ["open", "mine", "overdue", "all"] as const;

/** Only people on the roster get past this; the rest get the refusal. */
const onRoster =
  (run: (request: TeamsCommandRequest & { actor: RosterPerson }) => Promise<Message>): TeamsSubcommandRun =>
  async (request) => [request.actor ? await run({ ...request, actor: request.actor }) : NOT_ON_ROSTER];

/**
 * `complaint list|show|report|oncall` typed in Teams: the complaint use cases the slash commands call,
 * with the same parsing of the typed text and the same answers.
 */
export const complaintCommands: Record<string, TeamsSubcommandRun> = {
  list: onRoster(async ({ args, actor, deps }) => {
    const words = args.split(/\s+/).filter(Boolean);
    const first = words[0]?.toLowerCase();
    const filter: ComplaintListFilter = (FILTERS as readonly string[]).includes(first ?? "") ? (first as ComplaintListFilter) : "open";
    const customerQuery = (filter === first ? words.slice(1) : words).join(" ");
    const list = await listComplaints(deps, { viewer: await loadAccessViewer(deps.db, actor), filter, customerQuery }, deps.clock.now());
    if (!list.ok) return noticeMessage("notice" in list ? quotedText(list.notice) : list.refusal);
    return complaintListMessage(list.title, list.items, list.more);
  }),
  show: onRoster(async ({ args, actor, deps }) => {
    const match = /^#?(\d{1,9})$/.exec(args);
    if (!match) return noticeMessage(["Give the case number, e.g. ", { kind: "code", text: "complaint show 42" }, " (you typed ", { kind: "code", text: args || "nothing" }, ")."]);
    const id = Number(match[1]);
    const now = deps.clock.now();
    const shown = await showComplaint(deps, { viewer: await loadAccessViewer(deps.db, actor), complaintId: id }, now);
    if (!shown.ok) return noticeMessage([`There is no complaint #${id} that you may see. `, { kind: "code", text: "complaint list" }, " shows the open ones you may see."]);
    return complaintTimelineMessage(shown.record, shown.events, shown.clocks, now, actor.timeZone ?? deps.settings.calendar.timeZone);
  }),
  report: onRoster(async ({ args, deps }) => {
    const shown = await showMonthlyReport(deps, args, deps.clock.now());
    if (!shown.ok) return noticeMessage(shown.refusal);
    return { ...shown.message, text: `Complaints — ${shown.month}` };
  }),
  oncall: onRoster(async ({ args, actor, deps }) => {
    const now = deps.clock.now();
    const [word, ...rest] = args.split(/\s+/);
    if (word?.toLowerCase() === "override") return addOnCallOverride(deps.db, deps.settings, actor, rest.join(" "), now);
    if (!args) return showOnCall(deps.db, deps.settings, now, actor.timeZone);
    return noticeMessage([{ kind: "code", text: "complaint oncall" }, " shows who is on call; ", { kind: "code", text: OVERRIDE_USAGE }, " makes Priya cover for Lukas."]);
  }),
};
