import type { Platform, PlatformIdentities } from "../../domain/roster/platform-identity.js";

/** A person's identity rows (as Prisma reads them) as PlatformIdentities. */
export function identitiesOf(rows: readonly { platform: string; externalId: string }[]): PlatformIdentities {
  const ids: PlatformIdentities = {};
  // The database's check constraint admits only the platforms Steward speaks.
  for (const row of rows) ids[row.platform as Platform] = row.externalId;
  return ids;
}
