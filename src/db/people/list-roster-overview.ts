import type { Database } from "../database.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { identitiesOf } from "./identities-of.js";
import { platformOrUndefined } from "./platform-or-undefined.js";

export interface RosterOverviewPerson extends RosterPerson {
  departmentName: string | null;
  /** The recorded head of their department (they may be it). */
  departmentHeadId: number | null;
  customersOwned: number;
}

/** Every active roster person with their department and how many customers they own: the console's `:people`. */
export async function listRosterOverview(db: Database): Promise<RosterOverviewPerson[]> {
  const people = await db.prisma.person.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    include: {
      identities: { select: { platform: true, externalId: true } },
      department: { select: { name: true, headId: true } }, _count: { select: { customersOwned: true } },
    },
  });
  return people.map((person) => ({
    id: person.id,
    ids: identitiesOf(person.identities),
    name: person.name,
    roles: person.roles,
    departmentId: person.departmentId,
    timeZone: person.timeZone,
    preferredPlatform: platformOrUndefined(person.preferredPlatform),
    departmentName: person.department?.name ?? null,
    departmentHeadId: person.department?.headId ?? null,
    customersOwned: person._count.customersOwned,
  }));
}
