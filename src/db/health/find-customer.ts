import { Prisma } from "../../generated/prisma/client.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { rankSimilarCustomers } from "../../domain/health/rank-similar-customers.js";
import type { Database } from "../database.js";
import { queryReadOnly } from "../query-read-only.js";
import { type CustomerProfileRow, customerProfileSelect, toCustomerProfile } from "./customer-profile-row.js";

export type CustomerLookup =
  | { kind: "found"; customer: CustomerProfile }
  | { kind: "several"; candidates: CustomerProfile[]; more: boolean }
  | { kind: "none"; suggestions: CustomerProfile[] };

/** How many candidates a "which one?" answer offers. */
const MAX_CANDIDATES = 8;



/**
 * Finds the customer a person means: the key (case-insensitive, via the unique index), else an exact
 * name or alias, else a unique prefix of any of them; several → the candidates; none → close spellings.
 */
export async function findCustomer(db: Database, query: string): Promise<CustomerLookup> {
  const prisma = db.prisma;
  const [byKey] = await queryReadOnly<CustomerProfileRow>(db, Prisma.sql`${customerProfileSelect} WHERE c.key = upper(${query})`);
  if (byKey) return { kind: "found", customer: toCustomerProfile(byKey) };

  const exact = await prisma.$queryRaw<CustomerProfileRow[]>`${customerProfileSelect}
    WHERE lower(c.name) = lower(${query}) OR lower(${query}) = ANY (SELECT lower(a) FROM unnest(c.aliases) a)
    ORDER BY c.key LIMIT ${MAX_CANDIDATES + 1}`;
  if (exact.length === 1) return { kind: "found", customer: toCustomerProfile(exact[0]!) };
  if (exact.length > 1) return several(exact);

  const pattern = `${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const prefixed = await prisma.$queryRaw<CustomerProfileRow[]>`${customerProfileSelect}
    WHERE lower(c.key) LIKE ${pattern} OR lower(c.name) LIKE ${pattern}
       OR EXISTS (SELECT 1 FROM unnest(c.aliases) a WHERE lower(a) LIKE ${pattern})
    ORDER BY c.key LIMIT ${MAX_CANDIDATES + 1}`;
  if (prefixed.length === 1) return { kind: "found", customer: toCustomerProfile(prefixed[0]!) };
  if (prefixed.length > 1) return several(prefixed);

  // Nothing matched: compare spellings. Only this error path reads every name (key, name, aliases only).
  const names = await prisma.customer.findMany({ select: { id: true, key: true, name: true, aliases: true } });
  const close = rankSimilarCustomers(query, names);
  if (close.length === 0) return { kind: "none", suggestions: [] };
  const rows = await prisma.$queryRaw<CustomerProfileRow[]>`${customerProfileSelect} WHERE c.id IN (${Prisma.join(close.map((c) => c.id))})`;
  const byId = new Map(rows.map((row) => [row.id, toCustomerProfile(row)]));
  return { kind: "none", suggestions: close.map((c) => byId.get(c.id)!).filter(Boolean) };
}


function several(rows: CustomerProfileRow[]): CustomerLookup {
  return { kind: "several", candidates: rows.slice(0, MAX_CANDIDATES).map(toCustomerProfile), more: rows.length > MAX_CANDIDATES };
}

