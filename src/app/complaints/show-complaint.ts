import type { TeamSettings } from "../../config/team-settings.js";
import { loadComplaintEvents } from "../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import type { Database } from "../../db/database.js";
import { loadActorNames } from "../../db/people/load-actor-names.js";
import type { AccessViewer } from "../../domain/access/may-access.js";
import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { computeSlaDeadlines } from "../../domain/complaints/compute-sla-deadlines.js";
import { mayAccessComplaint } from "../../domain/complaints/may-access-complaint.js";
import { slaClockLines } from "../../domain/complaints/sla-clock-lines.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";

/**
 * `/complaint show <id>`: the case, its SLA clocks and its whole timeline — or, for a case the viewer may
 * not see, the same answer as for a missing one (its existence is need-to-know too).
 */
export async function showComplaint(
  deps: { db: Database; settings: TeamSettings },
  input: { viewer: AccessViewer; complaintId: number },
  now: Date,
): Promise<{ ok: true; record: ComplaintRecord; events: ComplaintEventDraft[]; clocks: string[] } | { ok: false }> {
  const id = input.complaintId;
  const [record] = await loadComplaintRecords(deps.db.prisma, [id]);
  if (!record || !mayAccessComplaint(input.viewer, record)) return { ok: false };
  const events = (await loadComplaintEvents(deps.db.prisma, [id])).get(id) ?? [];
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  const clocks = slaClockLines(computeSlaDeadlines(record.case, events, now, deps.settings.complaints, calendar), now);
  // The timeline names everyone who acted (Teams cannot mention a Slack id): their roster names beside the case's own.
  const actorNames = { ...(await loadActorNames(deps.db, events.map((event) => event.actor))), ...record.case.actorNames };
  return { ok: true, record: { ...record, case: { ...record.case, actorNames } }, events, clocks };
}
