import { customerSubject } from "../../../domain/access/access-subject.js";
import { mayAccess, reachOf } from "../../../domain/access/may-access.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import type { CustomerFilter } from "../../../db/health/load-all-health-inputs.js";
import { type ScoredCustomer, scoreAllCustomers } from "../../../db/health/score-all-customers.js";
import { loadAccessViewer } from "../../access/load-access-viewer.js";
import type { AppDeps } from "../../app-deps.js";
import { teamHealthSettings } from "./team-health-settings.js";

/** Every customer matching `filter`, scored as of `asOf`, whose score `person` may see. */
export async function visibleScoredCustomers(
  deps: AppDeps,
  person: RosterPerson,
  asOf: string,
  filter: CustomerFilter,
): Promise<ScoredCustomer[]> {
  // Nobody to show: no need to score the whole roster.
  if (reachOf(person, "score") === "none") return [];
  const [all, viewer] = await Promise.all([scoreAllCustomers(deps.db, asOf, teamHealthSettings(deps), filter), loadAccessViewer(deps.db, person)]);
  return all.filter(({ customer }) => mayAccess(viewer, "score", customerSubject(customer.owner)));
}
