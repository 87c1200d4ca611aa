import { Prisma } from "../../generated/prisma/client.js";
import type { ComplaintClass, ComplaintStatus, EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { Tx } from "../with-actor.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { departmentChannelsSql } from "../people/department-channels-sql.js";
import { personActorSql } from "../people/person-actor-sql.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import { readCasePauses } from "./case-pauses-column.js";

interface Row {
  id: number;
  ref: string | null;
  class: ComplaintClass;
  category: string;
  description: string;
  source: string | null;
  source_permalink: string | null;
  status: ComplaintStatus;
  tier: number;
  version: number;
  opened_at: Date;
  tier_since: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  first_response_at: Date | null;
  last_update_at: Date | null;
  resolved_at: Date | null;
  resolved_by: string | null;
  solution: string | null;
  closed_at: Date | null;
  closed_by: string | null;
  reopened_at: Date | null;
  reopened_by: string | null;
  acknowledged_by_name: string | null;
  resolved_by_name: string | null;
  closed_by_name: string | null;
  reopened_by_name: string | null;
  pauses: unknown;
  next_check_at: Date | null;
  card_channel: string | null;
  card_ts: string | null;
  card_platform: string | null;
  team_channel: string | null;
  opened_by: string | null;
  customer_id: number;
  customer_key: string;
  customer_name: string;
  owner_id: number | null;
  owner_name: string | null;
  owner_ids: PlatformIdentities | null;
  owner_department_id: number | null;
  lead_id: number | null;
  lead_name: string | null;
  lead_channels: PlatformIdentities | null;
  lead_head_id: number | null;
}

interface DepartmentRow {
  complaint_id: number;
  id: number;
  name: string;
  channels: PlatformIdentities;
  head_id: number | null;
  notice_channel: string | null;
  notice_ts: string | null;
  notice_platform: string | null;
}

/**
 * The cases whose ids `chosen` yields (a query with an `id` column: a list, or the scheduler's claim with
 * its row locks), with what cards, pings and rules need — one statement for the cases, one for their
 * cooperating departments. In no particular order.
 */
export async function selectComplaintRecords(tx: Tx, chosen: Prisma.Sql): Promise<ComplaintRecord[]> {
  // Few joins, and lookups only where there is something to look up: this runs for every case due in a tick.
  const rows = await tx.$queryRaw<Row[]>`
    WITH chosen AS (${chosen})
    SELECT c.id, c.ref, c.class::text AS class, c.category, c.description, c.source, c.source_permalink,
           c.status::text AS status, c.tier, c.version, c.opened_at, c.tier_since,
           c.acknowledged_at, ${Prisma.raw(personActorSql("c.acknowledged_by_id"))} AS acknowledged_by,
           c.first_response_at,
           -- An update bumps the version: a case still at version 0 has none.
           CASE WHEN c.version > 0 THEN (SELECT max(e.at) FROM complaint_events e WHERE e.complaint_id = c.id AND e.kind = 'update') END AS last_update_at,
           c.resolved_at, ${Prisma.raw(personActorSql("c.resolved_by_id"))} AS resolved_by, c.solution,
           c.closed_at, ${Prisma.raw(personActorSql("c.closed_by_id"))} AS closed_by,
           reo.at AS reopened_at, reo.actor AS reopened_by, c.pauses,
           -- Their names, for a platform that cannot mention them by the stored actor (Teams, for a Slack id).
           (SELECT name FROM people WHERE id = c.acknowledged_by_id) AS acknowledged_by_name,
           (SELECT name FROM people WHERE id = c.resolved_by_id) AS resolved_by_name,
           (SELECT name FROM people WHERE id = c.closed_by_id) AS closed_by_name,
           CASE WHEN reo.actor IS NOT NULL THEN
             (SELECT p.name FROM person_identities pi JOIN people p ON p.id = pi.person_id
               WHERE pi.platform = CASE WHEN reo.actor LIKE 'teams:%' THEN 'teams' ELSE 'slack' END
                 AND pi.external_id = regexp_replace(reo.actor, '^teams:', '')) END AS reopened_by_name,
           c.next_check_at, c.card_channel, c.card_ts, c.card_platform, c.team_channel,
           ${Prisma.raw(personActorSql("c.opened_by_id"))} AS opened_by,
           cu.id AS customer_id, cu.key AS customer_key, cu.name AS customer_name,
           cu.owner_id, own.name AS owner_name, CASE WHEN own.id IS NOT NULL THEN ${Prisma.raw(personIdentitiesSql("own.id"))} END AS owner_ids, own.department_id AS owner_department_id,
           d.id AS lead_id, d.name AS lead_name, CASE WHEN d.id IS NOT NULL THEN ${Prisma.raw(departmentChannelsSql("d.id"))} END AS lead_channels, d.head_id AS lead_head_id
      FROM chosen JOIN complaints c ON c.id = chosen.id
      JOIN customers cu ON cu.id = c.customer_id
      LEFT JOIN people own ON own.id = cu.owner_id
      LEFT JOIN departments d ON d.id = c.lead_department_id
      -- Only a case that changed since it was filed can have been reopened.
      LEFT JOIN LATERAL (SELECT e.at, e.actor FROM complaint_events e
                          WHERE c.version > 0 AND e.complaint_id = c.id AND e.to_status = 'reopened' AND e.kind = 'transition'
                          ORDER BY e.at DESC, e.id DESC LIMIT 1) reo ON true
`;
  if (rows.length === 0) return [];
  const idList = rows.map((row) => row.id);
  const departments = await tx.$queryRaw<DepartmentRow[]>`
    SELECT cd.complaint_id, d.id, d.name, ${Prisma.raw(departmentChannelsSql("d.id"))} AS channels, d.head_id, cd.notice_channel, cd.notice_ts, cd.notice_platform
      FROM complaint_departments cd JOIN departments d ON d.id = cd.department_id
     WHERE cd.complaint_id = ANY (${idList}::int[])
     ORDER BY d.name`;
  return rows.map((row) => {
    const id = row.id;
    const record: ComplaintRecord = {
      case: {
        id: row.id,
        class: row.class,
        category: row.category,
        status: row.status,
        tier: row.tier as EscalationTier,
        version: row.version,
        openedAt: row.opened_at,
        tierSince: row.tier_since,
        acknowledgedAt: row.acknowledged_at,
        acknowledgedBy: row.acknowledged_by,
        firstResponseAt: row.first_response_at,
        lastUpdateAt: row.last_update_at,
        resolvedAt: row.resolved_at,
        resolvedBy: row.resolved_by,
        solution: row.solution,
        closedAt: row.closed_at,
        closedBy: row.closed_by,
        reopenedAt: row.reopened_at,
        reopenedBy: row.reopened_by,
        pauses: readCasePauses(row.pauses),
        actorNames: Object.fromEntries(
          ([[row.acknowledged_by, row.acknowledged_by_name], [row.resolved_by, row.resolved_by_name], [row.closed_by, row.closed_by_name], [row.reopened_by, row.reopened_by_name]] as const)
            .filter((pair): pair is readonly [string, string] => pair[0] !== null && pair[1] !== null),
        ),
      },
      ref: row.ref,
      description: row.description,
      source: row.source,
      sourcePermalink: row.source_permalink,
      customer: {
        id: row.customer_id,
        key: row.customer_key,
        name: row.customer_name,
        ownerId: row.owner_id,
        owner: row.owner_id !== null && row.owner_name !== null ? { name: row.owner_name, ids: row.owner_ids ?? {} } : null,
        ownerDepartmentId: row.owner_department_id,
      },
      openedBy: row.opened_by,
      lead:
        row.lead_id === null
          ? null
          : { id: row.lead_id, name: row.lead_name!, channels: row.lead_channels!, headId: row.lead_head_id },
      cooperating: departments
        .filter((d) => d.complaint_id === id)
        .map((d) => ({
          id: d.id,
          name: d.name,
          channels: d.channels,
          headId: d.head_id,
          noticeChannel: d.notice_channel,
          noticeTs: d.notice_ts,
          ...(d.notice_platform === "teams" ? { noticePlatform: "teams" as const } : {}),
        })),
      nextCheckAt: row.next_check_at,
      cardChannel: row.card_channel,
      cardTs: row.card_ts,
      ...(row.card_platform === "teams" ? { cardPlatform: "teams" as const } : {}),
      teamChannel: row.team_channel,
    };
    return record;
  });
}
