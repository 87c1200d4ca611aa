import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import type { Database } from "../database.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { loadComplaintEvents } from "./load-complaint-events.js";
import { loadComplaintRecords } from "./load-complaint-records.js";

/**
 * A customer's complaints, newest first, each with its whole timeline (transitions and the archived
 * conversation): what `/customer show` lists as the customer's complaint history.
 */
export async function loadCustomerComplaints(db: Database, customerId: number, limit = 20): Promise<{ record: ComplaintRecord; events: ComplaintEventDraft[] }[]> {
  const rows = await db.prisma.complaint.findMany({ where: { customerId }, select: { id: true }, orderBy: [{ openedAt: "desc" }, { id: "desc" }], take: limit });
  const ids = rows.map((row) => row.id);
  const records = await loadComplaintRecords(db.prisma, ids);
  const events = await loadComplaintEvents(db.prisma, ids);
  return records.map((record) => ({ record, events: events.get(record.case.id) ?? [] }));
}
