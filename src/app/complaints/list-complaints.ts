import { plainText } from "../../domain/messages/plain-text.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import { listComplaintIds } from "../../db/complaints/list-complaint-ids.js";
import { loadComplaintEvents, SLA_EVENT_KINDS } from "../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { findCustomer } from "../../db/health/find-customer.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { type AccessViewer, reachOf } from "../../domain/access/may-access.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { computeSlaDeadlines } from "../../domain/complaints/compute-sla-deadlines.js";
import { describeSlaClock } from "../../domain/complaints/describe-sla-clock.js";
import { mayAccessComplaint } from "../../domain/complaints/may-access-complaint.js";
import { mostPressingDeadline } from "../../domain/complaints/most-pressing-deadline.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import { describeNoMatch } from "../../domain/health/describe-no-match.js";
import type { Inline } from "../../domain/messages/message.js";

export type ComplaintListFilter = "open" | "mine" | "overdue" | "all";

export type ComplaintList =
  | { ok: true; title: string; items: { record: ComplaintRecord; clock: string | null }[]; more: boolean }
  /** `notice` is the domain's answer that quotes what was typed in backticks (describeNoMatch). */
  | { ok: false; notice: string }
  | { ok: false; refusal: Inline };

const SHOWN = 30;

/**
 * `/complaint list`: the cases of a filter — not closed (open), the viewer's (mine), past an SLA deadline
 * (overdue) or all — optionally of one customer, newest first, only those the viewer may see.
 */
export async function listComplaints(
  deps: { db: Database; settings: TeamSettings },
  input: { viewer: AccessViewer; filter: ComplaintListFilter; customerQuery: string },
  now: Date,
): Promise<ComplaintList> {
  const { viewer, filter, customerQuery } = input;
  let customerId: number | undefined;
  let customerKey = "";
  if (customerQuery) {
    const found = await findCustomer(deps.db, customerQuery);
    if (found.kind === "none") return { ok: false, notice: plainText(describeNoMatch(customerQuery, found.suggestions)) };
    if (found.kind === "several") {
      return { ok: false, refusal: [{ kind: "code", text: customerQuery }, ` matches ${found.candidates.map((c) => c.key).join(", ")}${found.more ? " and more" : ""}: type the key.`] };
    }
    customerId = found.customer.id;
    customerKey = found.customer.key;
  }
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  // Someone who sees only some cases gets them from a longer list, filtered by the visibility rule.
  const seesAll = reachOf(viewer.person, "complaints") === "all";
  const ids = await listComplaintIds(deps.db, {
    scope: filter === "all" ? "all" : "open",
    customerId,
    involving: filter === "mine" ? actorOf(viewer.person) : undefined,
    limit: filter === "overdue" || !seesAll ? 2_000 : SHOWN + 1,
  });
  const records = (await loadComplaintRecords(deps.db.prisma, ids)).filter((record) => mayAccessComplaint(viewer, record));
  const histories = await loadComplaintEvents(deps.db.prisma, ids, SLA_EVENT_KINDS);
  const items = records.map((record) => {
    const deadlines = computeSlaDeadlines(record.case, histories.get(record.case.id) ?? [], now, deps.settings.complaints, calendar);
    const pressing = mostPressingDeadline(deadlines);
    return { record, clock: pressing ? describeSlaClock(pressing, now) : null, overdue: deadlines.some((deadline) => deadline.state === "missed") };
  });
  // Overdue: a deadline was missed — at the current tier or an earlier one, the same verdict the card shows.
  const chosen = filter === "overdue" ? items.filter((item) => item.overdue) : items;
  const title = `${{ open: "Open complaints", mine: "Your complaints", overdue: "Overdue complaints", all: "All complaints" }[filter]}${customerKey ? ` — ${customerKey}` : ""}`;
  return { ok: true, title, items: chosen.slice(0, SHOWN).map(({ record, clock }) => ({ record, clock })), more: chosen.length > SHOWN };
}
