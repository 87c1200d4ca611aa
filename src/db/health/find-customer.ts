import { Prisma } from "../../generated/prisma/client.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { rankSimilarCustomers } from "../../domain/health/rank-similar-customers.js";
import type { Database } from "../database.js";

export type CustomerLookup =
  | { kind: "found"; customer: CustomerProfile }
  | { kind: "several"; candidates: CustomerProfile[]; more: boolean }
  | { kind: "none"; suggestions: CustomerProfile[] };

/** How many candidates a "which one?" answer offers. */
const MAX_CANDIDATES = 8;

interface ProfileRow {
  id: number;
  key: string;
  name: string;
  aliases: string[];
  tier: CustomerProfile["tier"];
  value_segment: CustomerProfile["valueSegment"];
  started_on: string | null;
  owner_id: number | null;
  owner_slack_id: string | null;
  owner_name: string | null;
  owner_department_id: number | null;
}

const PROFILE = Prisma.sql`
  SELECT c.id, c.key, c.name, c.aliases, c.tier::text AS tier, c.value_segment::text AS value_segment,
         to_char(c.started_on, 'YYYY-MM-DD') AS started_on,
         p.id AS owner_id, p.slack_user_id AS owner_slack_id, p.name AS owner_name, p.department_id AS owner_department_id
    FROM customers c LEFT JOIN people p ON p.id = c.owner_id`;

/**
 * Finds the customer a person means: the key (case-insensitive, via the unique index), else an exact
 * name or alias, else a unique prefix of any of them; several → the candidates; none → close spellings.
 */
export async function findCustomer(db: Database, query: string): Promise<CustomerLookup> {
  const prisma = db.prisma;
  const [byKey] = await prisma.$queryRaw<ProfileRow[]>`${PROFILE} WHERE c.key = upper(${query})`;
  if (byKey) return { kind: "found", customer: toProfile(byKey) };

  const exact = await prisma.$queryRaw<ProfileRow[]>`${PROFILE}
    WHERE lower(c.name) = lower(${query}) OR lower(${query}) = ANY (SELECT lower(a) FROM unnest(c.aliases) a)
    ORDER BY c.key LIMIT ${MAX_CANDIDATES + 1}`;
  if (exact.length === 1) return { kind: "found", customer: toProfile(exact[0]!) };
  if (exact.length > 1) return several(exact);

  const pattern = `${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const prefixed = await prisma.$queryRaw<ProfileRow[]>`${PROFILE}
    WHERE lower(c.key) LIKE ${pattern} OR lower(c.name) LIKE ${pattern}
       OR EXISTS (SELECT 1 FROM unnest(c.aliases) a WHERE lower(a) LIKE ${pattern})
    ORDER BY c.key LIMIT ${MAX_CANDIDATES + 1}`;
  if (prefixed.length === 1) return { kind: "found", customer: toProfile(prefixed[0]!) };
  if (prefixed.length > 1) return several(prefixed);

  // Nothing matched: compare spellings. Only this error path reads every name (key, name, aliases only).
  const names = await prisma.customer.findMany({ select: { id: true, key: true, name: true, aliases: true } });
  const close = rankSimilarCustomers(query, names);
  if (close.length === 0) return { kind: "none", suggestions: [] };
  const rows = await prisma.$queryRaw<ProfileRow[]>`${PROFILE} WHERE c.id IN (${Prisma.join(close.map((c) => c.id))})`;
  const byId = new Map(rows.map((row) => [row.id, toProfile(row)]));
  return { kind: "none", suggestions: close.map((c) => byId.get(c.id)!).filter(Boolean) };
}

/** The profile of a customer id (from a button's value): null when it was deleted since. */
export async function findCustomerById(db: Database, id: number): Promise<CustomerProfile | null> {
  const [row] = await db.prisma.$queryRaw<ProfileRow[]>`${PROFILE} WHERE c.id = ${id}`;
  return row ? toProfile(row) : null;
}

function several(rows: ProfileRow[]): CustomerLookup {
  return { kind: "several", candidates: rows.slice(0, MAX_CANDIDATES).map(toProfile), more: rows.length > MAX_CANDIDATES };
}

function toProfile(row: ProfileRow): CustomerProfile {
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    aliases: row.aliases,
    tier: row.tier,
    valueSegment: row.value_segment,
    startedOn: row.started_on,
    owner:
      row.owner_id === null
        ? null
        : { id: row.owner_id, slackUserId: row.owner_slack_id!, name: row.owner_name!, departmentId: row.owner_department_id },
  };
}
