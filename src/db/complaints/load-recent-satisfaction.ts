import type { RecordedSatisfaction } from "../../domain/complaints/recent-satisfaction-lines.js";
import type { Database } from "../database.js";

/** The customer's last `limit` satisfaction answers (asked when a case is confirmed closed), newest first. */
export async function loadRecentSatisfaction(db: Database, customerId: number, limit: number): Promise<RecordedSatisfaction[]> {
  const rows = await db.prisma.complaintSatisfaction.findMany({
    where: { complaint: { customerId } },
    orderBy: [{ recordedAt: "desc" }, { complaintId: "desc" }],
    take: limit,
    select: { complaintId: true, score: true, comment: true, recordedAt: true, complaint: { select: { class: true, category: true } } },
  });
  return rows.map((row) => ({ complaintId: row.complaintId, class: row.complaint.class, category: row.complaint.category, score: row.score, comment: row.comment, recordedAt: row.recordedAt }));
}
