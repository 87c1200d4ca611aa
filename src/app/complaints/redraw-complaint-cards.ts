import type { TeamSettings } from "../../config/team-settings.js";
import { loadCaseStaffing } from "../../db/complaints/load-case-staffing.js";
import { loadComplaintEvents, SLA_EVENT_KINDS } from "../../db/complaints/load-complaint-events.js";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { loadEscalationStaff } from "../../db/complaints/load-escalation-staff.js";
import type { Database } from "../../db/database.js";
import { loadOnCallContext } from "../../db/on-call/load-on-call-context.js";
import { complaintCardMessage } from "../../domain/complaints/complaint-card-message.js";
import { complaintNoticeMessage } from "../../domain/complaints/complaint-notice-message.js";
import { computeSlaDeadlines } from "../../domain/complaints/compute-sla-deadlines.js";
import { peopleOfTier } from "../../domain/complaints/people-of-tier.js";
import { pageTier } from "../../domain/complaints/on-call/page-tier.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import type { ComplaintChat } from "./complaint-chat.js";

/**
 * Redraws the cards (lead channel) and notices (cooperating channels) of these cases from the stored
 * state, through the chat's update (the cards on the chat's platform). Idempotent: any replica may redraw any card any number of times.
 */
export async function redrawComplaintCards(
  deps: { db: Database; settings: TeamSettings },
  chat: Pick<ComplaintChat, "update" | "platform">,
  ids: readonly number[],
  now: Date,
): Promise<void> {
  const { db, settings } = deps;
  const records = await loadComplaintRecords(db.prisma, ids);
  if (records.length === 0) return;
  const staff = await loadEscalationStaff(db.prisma);
  const staffingOf = await loadCaseStaffing(db.prisma, settings.complaints.frontline);
  const histories = await loadComplaintEvents(db.prisma, records.map((record) => record.case.id), SLA_EVENT_KINDS);
  const calendar = teamWorkingDayCalendar(settings.calendar);
  // "Waiting on" names whom the tier's pages reach now: the person on call first, the group after `groupAfter`.
  const onCall = await loadOnCallContext(db.prisma, settings, now);
  for (const record of records) {
    const staffing = staffingOf(record);
    const tierPeople = pageTier(onCall, peopleOfTier(staff, staffing, record.case.tier), staffing.leadDepartmentId, record.case, now).paged.map((p) => ({ name: p.name, ids: p.ids }));
    const deadlines = computeSlaDeadlines(record.case, histories.get(record.case.id) ?? [], now, settings.complaints, calendar);
    // A card lives on one platform: another platform's chat leaves it alone (its own chat redraws it).
    if (record.cardChannel && record.cardTs && (record.cardPlatform ?? "slack") === chat.platform) {
      await chat.update({ channel: record.cardChannel, ts: record.cardTs }, complaintCardMessage(record, deadlines, tierPeople, now));
    }
    for (const department of record.cooperating) {
      // Likewise a notice: each is redrawn by its own platform's chat.
      if (!department.noticeChannel || !department.noticeTs || (department.noticePlatform ?? "slack") !== chat.platform) continue;
      await chat.update({ channel: department.noticeChannel, ts: department.noticeTs }, complaintNoticeMessage(record, department.name, now));
    }
  }
}
