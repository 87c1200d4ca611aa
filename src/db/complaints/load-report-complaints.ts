import type { ReportComplaint } from "../../domain/complaints/build-monthly-report.js";
import { caseDurations } from "../../domain/complaints/case-durations.js";
import type { ComplaintSettings } from "../../domain/complaints/complaint-settings.js";
import { computeSlaDeadlines } from "../../domain/complaints/compute-sla-deadlines.js";
import { summarizeTierVisits } from "../../domain/complaints/summarize-tier-visits.js";
import type { WorkingDayCalendar } from "../../domain/complaints/working-day-calendar.js";
import type { Database } from "../database.js";
import { loadComplaintEvents, SLA_EVENT_KINDS } from "./load-complaint-events.js";
import { loadComplaintRecords } from "./load-complaint-records.js";

/** The complaints opened in [from, to) — `from` already moved back by the repeat window — as the report reads them. */
export async function loadReportComplaints(
  db: Database,
  from: Date,
  to: Date,
  asOf: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): Promise<ReportComplaint[]> {
  const rows = await db.prisma.complaint.findMany({ where: { openedAt: { gte: from, lt: to } }, select: { id: true }, orderBy: { id: "asc" } });
  const ids = rows.map((row) => row.id);
  const records = await loadComplaintRecords(db.prisma, ids);
  const events = await loadComplaintEvents(db.prisma, ids, SLA_EVENT_KINDS);
  const answers = await db.prisma.complaintSatisfaction.findMany({ where: { complaintId: { in: ids } }, select: { complaintId: true, score: true } });
  const satisfaction = new Map(answers.map((answer) => [answer.complaintId, answer.score]));
  return records.map((record) => ({
    id: record.case.id,
    customerKey: record.customer.key,
    class: record.case.class,
    category: record.case.category,
    openedAt: record.case.openedAt,
    firstResponseAt: record.case.firstResponseAt,
    resolvedAt: record.case.resolvedAt,
    ...caseDurations(record.case, asOf, settings, calendar),
    satisfaction: satisfaction.get(record.case.id) ?? null,
    leadDepartment: record.lead?.name ?? null,
    tierVisits: summarizeTierVisits(computeSlaDeadlines(record.case, events.get(record.case.id) ?? [], asOf, settings, calendar)),
  }));
}
