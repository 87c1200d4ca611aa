import { actorOf } from "../roster/actor-of.js";
import type { RosterPerson } from "../roster/roster-person.js";
import type { CaseActor } from "./case-actor.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { type CaseStaffing, tiersOfPerson } from "./tiers-of-person.js";

/** What the case rules need to know about the roster person pressing a button. */
export function caseActorOf(person: RosterPerson, record: ComplaintRecord, staffing: CaseStaffing): CaseActor {
  const departments = [record.lead?.id, ...record.cooperating.map((d) => d.id)].filter((id): id is number => id !== undefined);
  return {
    id: actorOf(person),
    tiers: tiersOfPerson(person, staffing),
    isOwner: person.id === record.customer.ownerId,
    isAdmin: person.roles.includes("admin"),
    inCaseDepartment: person.departmentId !== null && departments.includes(person.departmentId),
  };
}
