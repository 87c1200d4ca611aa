import type { WebClient } from "@slack/web-api";
import { loadComplaintEvents, SLA_EVENT_KINDS } from "../../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { loadCaseStaffing } from "../../../db/complaints/load-case-staffing.js";
import { loadEscalationStaff } from "../../../db/complaints/load-escalation-staff.js";
import type { Database } from "../../../db/database.js";
import { computeSlaDeadlines } from "../../../domain/complaints/compute-sla-deadlines.js";
import { peopleOfTier } from "../../../domain/complaints/people-of-tier.js";
import { teamWorkingDayCalendar } from "../../../domain/complaints/team-working-day-calendar.js";
import type { TeamSettings } from "../../../config/team-settings.js";
import { complaintCardBlocks, complaintCardText } from "../../blocks/complaints/complaint-card-blocks.js";
import { complaintNoticeBlocks } from "../../blocks/complaints/complaint-notice-blocks.js";

/**
 * Redraws the cards (lead channel) and notices (cooperating channels) of these cases from the stored
 * state with `chat.update`. Idempotent: any replica may redraw any card any number of times.
 */
export async function refreshComplaintCards(
  db: Database,
  client: WebClient,
  settings: TeamSettings,
  ids: readonly number[],
  now: Date,
): Promise<void> {
  const records = await loadComplaintRecords(db.prisma, ids);
  if (records.length === 0) return;
  const staff = await loadEscalationStaff(db.prisma);
  const staffingOf = await loadCaseStaffing(db.prisma, settings.complaints.frontline);
  const histories = await loadComplaintEvents(db.prisma, records.map((record) => record.case.id), SLA_EVENT_KINDS);
  const calendar = teamWorkingDayCalendar(settings.calendar);
  for (const record of records) {
    const tierPeople = peopleOfTier(staff, staffingOf(record), record.case.tier).flatMap((p) => p.ids.slack ?? []);
    const deadlines = computeSlaDeadlines(record.case, histories.get(record.case.id) ?? [], now, settings.complaints, calendar);
    const text = complaintCardText(record, true);
    if (record.cardChannel && record.cardTs) {
      await client.chat.update({ channel: record.cardChannel, ts: record.cardTs, text, blocks: complaintCardBlocks(record, deadlines, tierPeople, now) });
    }
    for (const department of record.cooperating) {
      if (!department.noticeChannel || !department.noticeTs) continue;
      await client.chat.update({ channel: department.noticeChannel, ts: department.noticeTs, text, blocks: complaintNoticeBlocks(record, department.name, now) });
    }
  }
}
