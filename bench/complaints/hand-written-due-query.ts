import type { Database } from "../../src/db/database.js";
import { Prisma } from "../../src/generated/prisma/client.js";
import type { Tx } from "../../src/db/with-actor.js";

/**
 * What a person would write without Steward's cursor: the tier-1 cases (urgent and general, the bench's
 * data) with a warning or deadline at or before `now`, computed from the raw timestamps with the default
 * SLAs (2 h / 24 h first response and acknowledgement, 24 h / 48 h resolution, warned at 75 %), joined to
 * what a ping needs (customer, lead department and its Slack channel, a row of department_channels as the app
 * reads it); optionally locking them as a replica's claim must.
 */
export async function handWrittenDueQuery(db: Database, now: Date, locking?: Tx): Promise<number[]> {
  // With `locking` (a transaction), the rows are claimed as a replica must: FOR UPDATE SKIP LOCKED.
  const tx = locking ?? db.prisma;
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT c.id, c.class, c.status, c.tier, c.version, c.tier_since, cu.key, cu.name, cu.owner_id, d.name AS department, dc.channel AS slack_channel, d.head_id
      FROM complaints c
      JOIN customers cu ON cu.id = c.customer_id
      LEFT JOIN departments d ON d.id = c.lead_department_id
      LEFT JOIN department_channels dc ON dc.department_id = d.id AND dc.platform = 'slack'
     WHERE c.status IN ('open', 'acknowledged', 'reopened') AND c.tier = 1
       AND LEAST(
             CASE WHEN c.status <> 'acknowledged' OR c.first_response_at IS NULL
                  THEN c.tier_since + 0.75 * CASE c.class WHEN 'urgent' THEN interval '2 hours' ELSE interval '24 hours' END END,
             c.tier_since + 0.75 * CASE c.class WHEN 'urgent' THEN interval '24 hours' ELSE interval '48 hours' END
           ) <= ${now}
     ORDER BY c.id
     ${locking ? Prisma.sql`FOR UPDATE OF c SKIP LOCKED` : Prisma.empty}`;
  return rows.map((row) => row.id);
}
