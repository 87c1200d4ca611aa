import { Prisma } from "../../generated/prisma/client.js";
import type { Message } from "../../domain/messages/message.js";
import type { Platform, PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { Database } from "../database.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

/** One reminder item of a posted digest, with what has been done with it and by whom (a roster person when the recorded actor is one). */
export interface PostedDigestItem {
  itemKey: string;
  message: Message;
  late: boolean;
  dueAt: Date;
  urgency: number;
  doneAt: Date | null;
  doneBy: { actor: string; person: { name: string; ids: PlatformIdentities } | null } | null;
  snoozedUntil: Date | null;
  snoozedBy: { actor: string; person: { name: string; ids: PlatformIdentities } | null } | null;
}

type Row = {
  item_key: string;
  message: Message;
  late: boolean;
  due_at: Date;
  urgency: number;
  done_at: Date | null;
  done_by: string | null;
  done_name: string | null;
  done_ids: PlatformIdentities | null;
  snoozed_until: Date | null;
  snoozed_by: string | null;
  snoozed_name: string | null;
  snoozed_ids: PlatformIdentities | null;
};

/** The person an actor string names (a bare Slack id, `teams:<id>`, `person:<id>`), as SQL on `actor`. */
const personOf = (actor: string, alias: string) => `LEFT JOIN LATERAL (
    SELECT p.id, p.name FROM people p
     WHERE p.id = (SELECT i.person_id FROM person_identities i
                    WHERE (i.platform = 'slack' AND i.external_id = ${actor}) OR (i.platform = 'teams' AND 'teams:' || i.external_id = ${actor}) LIMIT 1)
        OR ${actor} = 'person:' || p.id
     LIMIT 1) ${alias} ON true`;

/**
 * The reminder items of one posted digest message — the message at `at` on its platform, else (a
 * press that did not say which message) the one the item `itemKey` was first sent in — with their
 * states. Rows stored before the ledger held neutral messages are left out (only Slack has them).
 */
export async function loadPostedDigest(db: Database, at: { platform: Platform; conversation: string; id: string } | null, itemKey: string): Promise<PostedDigestItem[]> {
  const location = at
    ? Prisma.sql`SELECT ${at.platform}::text AS platform, ${at.conversation}::text AS channel, ${at.id}::text AS id`
    : Prisma.sql`SELECT message_platform AS platform, message_channel AS channel, message_id AS id FROM deliveries WHERE key = ${itemKey} AND message_id IS NOT NULL`;
  const rows = await db.prisma.$queryRaw<Row[]>`
    WITH target AS (${location})
    SELECT d.payload->'digest'->>'itemKey' AS item_key, d.payload->'message' AS message, d.late, d.due_at,
           coalesce((d.payload->'digest'->>'urgency')::int, 0) AS urgency,
           s.done_at, s.done_by, dp.name AS done_name, CASE WHEN dp.id IS NULL THEN NULL ELSE ${Prisma.raw(personIdentitiesSql("dp.id"))} END AS done_ids,
           s.snoozed_until, s.snoozed_by, sp.name AS snoozed_name, CASE WHEN sp.id IS NULL THEN NULL ELSE ${Prisma.raw(personIdentitiesSql("sp.id"))} END AS snoozed_ids
      FROM deliveries d
      JOIN target t ON d.message_platform = t.platform AND d.message_channel = t.channel AND d.message_id = t.id
      LEFT JOIN reminder_states s ON s.item_key = d.payload->'digest'->>'itemKey'
      ${Prisma.raw(personOf("s.done_by", "dp"))}
      ${Prisma.raw(personOf("s.snoozed_by", "sp"))}
     WHERE d.payload->'digest' IS NOT NULL AND d.payload->'message' IS NOT NULL`;
  const who = (actor: string | null, name: string | null, ids: PlatformIdentities | null) => (actor ? { actor, person: name !== null && ids ? { name, ids } : null } : null);
  return rows.map((row) => ({
    itemKey: row.item_key,
    message: row.message,
    late: row.late,
    dueAt: new Date(row.due_at),
    urgency: Number(row.urgency),
    doneAt: row.done_at ? new Date(row.done_at) : null,
    doneBy: who(row.done_by, row.done_name, row.done_ids),
    snoozedUntil: row.snoozed_until ? new Date(row.snoozed_until) : null,
    snoozedBy: who(row.snoozed_by, row.snoozed_name, row.snoozed_ids),
  }));
}
