import type { EscalationTier } from "./complaint-case.js";
import type { CaseStaffing, RosterPerson } from "./tiers-of-person.js";
import { tiersOfPerson } from "./tiers-of-person.js";

/** The people a tier's pings go to for one case (in roster order). */
export function peopleOfTier<P extends RosterPerson>(people: readonly P[], staffing: CaseStaffing, tier: EscalationTier): P[] {
  return people.filter((person) => tiersOfPerson(person, staffing).includes(tier));
}
