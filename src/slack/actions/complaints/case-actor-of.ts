import type { ComplaintRecord } from "../../../db/complaints/complaint-record.js";
import type { CaseActor } from "../../../domain/complaints/case-actor.js";
import type { CaseStaffing } from "../../../domain/complaints/tiers-of-person.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import { tiersOfPerson } from "../../../domain/complaints/tiers-of-person.js";
import { slackIdOf } from "../../slack-id-of.js";

/** What the case rules need to know about the roster person pressing a button. */
export function caseActorOf(person: RosterPerson, record: ComplaintRecord, staffing: CaseStaffing): CaseActor {
  const departments = [record.lead?.id, ...record.cooperating.map((d) => d.id)].filter((id): id is number => id !== undefined);
  return {
    id: slackIdOf(person),
    tiers: tiersOfPerson(person, staffing),
    isOwner: person.id === record.customer.ownerId,
    isAdmin: person.roles.includes("admin"),
    inCaseDepartment: person.departmentId !== null && departments.includes(person.departmentId),
  };
}
