import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

export type RecordSatisfactionResult = { kind: "recorded" } | { kind: "already"; score: number; recordedBy: string; recordedAt: Date } | { kind: "not-closed" };

/**
 * Stores the customer's satisfaction with a closed case, once per closing: a second answer for the same
 * closing (a replayed or double submission) changes nothing and says what was recorded; after a reopening
 * and a new closing the customer is asked anew and the new answer replaces the old one.
 */
export async function recordSatisfaction(
  db: Database,
  complaintId: number,
  answer: { score: number; comment: string | null },
  recordedBy: string,
  now: Date,
): Promise<RecordSatisfactionResult> {
  return withActor(db, recordedBy, async (tx) => {
    // The row lock orders two submissions of the same case: the second sees the first.
    const [complaint] = await tx.$queryRaw<{ status: string; closed_at: Date | null }[]>`
      SELECT status::text AS status, closed_at FROM complaints WHERE id = ${complaintId} FOR UPDATE`;
    if (!complaint || complaint.status !== "closed" || complaint.closed_at === null) return { kind: "not-closed" };
    const existing = await tx.complaintSatisfaction.findUnique({ where: { complaintId } });
    if (existing && existing.recordedAt >= complaint.closed_at) {
      return { kind: "already", score: existing.score, recordedBy: existing.recordedBy, recordedAt: existing.recordedAt };
    }
    const data = { score: answer.score, comment: answer.comment, recordedBy, recordedAt: now };
    await tx.complaintSatisfaction.upsert({ where: { complaintId }, create: { complaintId, ...data }, update: data });
    return { kind: "recorded" };
  });
}
