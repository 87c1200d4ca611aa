import type { CustomerWhileAway } from "../../domain/roster/absence/return-summary-message.js";
import type { Database } from "../database.js";

/**
 * For each customer `personId` owns, what happened in [from, to): complaints opened and resolved,
 * reminder items about it sent to someone other than the owner (a deputy covering) and how many of
 * those were marked done, assessments recorded.
 */
export async function loadCustomersWhileAway(db: Database, personId: number, ownerAddress: string, from: Date, to: Date): Promise<CustomerWhileAway[]> {
  const rows = await db.prisma.$queryRaw<
    { key: string; name: string; filed: number; resolved: number; covered: number; done: number; covered_by: string[] | null; assessed: number }[]
  >`
    SELECT c.key, c.name,
           (SELECT count(*)::int FROM complaints k WHERE k.customer_id = c.id AND k.opened_at >= ${from} AND k.opened_at < ${to}) AS filed,
           (SELECT count(*)::int FROM complaints k WHERE k.customer_id = c.id AND k.resolved_at >= ${from} AND k.resolved_at < ${to}) AS resolved,
           cov.covered, cov.done, cov.covered_by,
           (SELECT count(*)::int FROM assessments a WHERE a.customer_id = c.id AND a.created_at >= ${from} AND a.created_at < ${to}) AS assessed
      FROM customers c
      CROSS JOIN LATERAL (
        SELECT count(*)::int AS covered, count(s.done_at)::int AS done,
               array_agg(DISTINCT coalesce(p.name, d.recipient)) FILTER (WHERE d.id IS NOT NULL) AS covered_by
          FROM deliveries d
          LEFT JOIN reminder_states s ON s.item_key = d.key
          LEFT JOIN person_identities pi ON pi.platform = 'slack' AND pi.external_id = d.recipient
          LEFT JOIN people p ON p.id = pi.person_id
         WHERE d.customer_id = c.id AND d.payload ? 'digest' AND d.recipient <> ${ownerAddress}
           AND d.status = 'sent' AND d.due_at >= ${from} AND d.due_at < ${to}
      ) cov
     WHERE c.owner_id = ${personId}
     ORDER BY c.key`;
  return rows.map((row) => ({
    key: row.key,
    name: row.name,
    complaintsFiled: row.filed,
    complaintsResolved: row.resolved,
    remindersCovered: row.covered,
    remindersDone: row.done,
    coveredBy: row.covered_by ?? [],
    assessmentsRecorded: row.assessed,
  }));
}
