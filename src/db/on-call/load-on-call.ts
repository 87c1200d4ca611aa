import type { OnCallSettings } from "../../domain/complaints/on-call/on-call-settings.js";
import { resolveOnCall, type ResolvedOnCall } from "../../domain/complaints/on-call/resolve-on-call.js";
import type { EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { Role, RosterPerson } from "../../domain/roster/roster-person.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { Prisma } from "../../generated/prisma/client.js";
import { platformOrUndefined } from "../people/platform-or-undefined.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";
import type { Tx } from "../with-actor.js";

export interface LoadedOnCall extends ResolvedOnCall {
  /** Every active person (rotation members and covers need no tier role). */
  people: RosterPerson[];
  departments: { id: number; name: string; headId: number | null }[];
}

/**
 * The rotations and overrides in force at `now`: the settings file's matched to the roster, with the
 * stored ones (imported or made in chat) on top — see `resolveOnCall`. Overrides that ended are not read.
 */
export async function loadOnCall(tx: Tx, settings: OnCallSettings, teamTimeZone: string, now: Date): Promise<LoadedOnCall> {
  // One after the other: a transaction has one connection (the embedded store has only one at all).
  const people = await tx.$queryRaw<{ id: number; ids: PlatformIdentities; name: string; roles: Role[]; department_id: number | null; time_zone: string | null; preferred_platform: string | null }[]>`
    SELECT p.id, ${Prisma.raw(personIdentitiesSql("p.id"))} AS ids, p.name, p.roles::text[] AS roles, p.department_id, p.time_zone, p.preferred_platform FROM people p WHERE p.active ORDER BY p.id`;
  const departments = await tx.department.findMany({ select: { id: true, name: true, headId: true }, orderBy: { id: "asc" } });
  const rotations = await tx.onCallRotation.findMany({ orderBy: { id: "asc" } });
  const overrides = await tx.onCallOverride.findMany({ where: { endsAt: { gt: now } }, orderBy: { id: "asc" } });
  const roster = people.map((row) => ({ id: row.id, ids: row.ids, name: row.name, roles: row.roles, departmentId: row.department_id, timeZone: row.time_zone, preferredPlatform: platformOrUndefined(row.preferred_platform) }));
  const resolved = resolveOnCall(
    settings,
    {
      rotations: rotations.map((row) => ({
        name: row.name,
        tier: row.tier as EscalationTier,
        departmentId: row.departmentId,
        timeZone: row.timeZone,
        lengthDays: row.lengthDays,
        handoffMinute: Number(row.handoffTime.slice(0, 2)) * 60 + Number(row.handoffTime.slice(3, 5)),
        startsOn: row.startsOn.toISOString().slice(0, 10),
        memberIds: row.memberIds,
        source: "database" as const,
      })),
      overrides: overrides.map((row) => ({ personId: row.personId, forPersonId: row.forPersonId, startsAt: row.startsAt, endsAt: row.endsAt, createdAt: row.createdAt })),
    },
    { people: roster, departments },
    teamTimeZone,
  );
  return { ...resolved, people: roster, departments };
}
