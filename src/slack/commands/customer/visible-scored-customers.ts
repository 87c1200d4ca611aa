import { maySeeScore } from "../../../domain/health/may-see-score.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import { headedDepartmentIds } from "../../../db/health/headed-department-ids.js";
import type { CustomerFilter } from "../../../db/health/load-all-health-inputs.js";
import { type ScoredCustomer, scoreAllCustomers } from "../../../db/health/score-all-customers.js";
import type { AppDeps } from "../../app-deps.js";
import { teamHealthSettings } from "./team-health-settings.js";

/** Every customer matching `filter`, scored as of `asOf`, that `viewer` may see. */
export async function visibleScoredCustomers(
  deps: AppDeps,
  viewer: RosterPerson,
  asOf: string,
  filter: CustomerFilter,
): Promise<ScoredCustomer[]> {
  const [all, heads] = await Promise.all([
    scoreAllCustomers(deps.db, asOf, teamHealthSettings(deps), filter),
    headedDepartmentIds(deps.db, viewer.id),
  ]);
  return all.filter(({ customer }) => maySeeScore(viewer, customer, { headOfDepartmentIds: heads }));
}
