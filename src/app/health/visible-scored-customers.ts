import { headedDepartmentIds } from "../../db/health/headed-department-ids.js";
import type { CustomerFilter } from "../../db/health/load-all-health-inputs.js";
import { customerSubject } from "../../domain/access/access-subject.js";
import { mayAccess, reachOf } from "../../domain/access/may-access.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { HealthDeps } from "./health-deps.js";
import { type ScoredCustomer, scoreAllCustomers } from "./score-all-customers.js";

/** Every customer matching `filter`, scored as of `asOf`, whose score `person` may see. */
export async function visibleScoredCustomers(deps: HealthDeps, person: RosterPerson, asOf: IsoDate, filter: CustomerFilter): Promise<ScoredCustomer[]> {
  // Nobody to show: no need to score the whole roster.
  if (reachOf(person, "score") === "none") return [];
  const [all, headOf] = await Promise.all([scoreAllCustomers(deps.db, asOf, deps, filter), headedDepartmentIds(deps.db, person.id)]);
  const viewer = { person, headOfDepartmentIds: headOf };
  return all.filter(({ customer }) => mayAccess(viewer, "score", customerSubject(customer.owner)));
}
