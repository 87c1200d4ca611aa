import { actorOf } from "../../domain/roster/actor-of.js";
import type { Database } from "../../db/database.js";
import { findCustomerOwners } from "../../db/roster/find-customer-owners.js";
import { setDeputyOwner } from "../../db/roster/set-deputy-owner.js";
import { withActor } from "../../db/with-actor.js";
import type { DeputyOutcome } from "../../domain/roster/deputy/deputy-reply.js";
import { maySetDeputyOwner } from "../../domain/roster/deputy/may-set-deputy-owner.js";
import { DEPUTY_EXAMPLE, type DeputyRequest } from "../../domain/roster/deputy/parse-deputy-args.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { resolveTypedPerson } from "./resolve-away-target.js";

/** `/customer deputy ACME @priya`: names (or clears) the customer's deputy owner, as the asker. */
export async function setCustomerDeputy(db: Database, actor: RosterPerson | null, request: DeputyRequest): Promise<DeputyOutcome> {
  if (!actor) return { kind: "not-on-roster" };
  const customer = await findCustomerOwners(db, request.customerKey);
  if (!customer) return { kind: "bad-input", field: "customer", problem: `no customer has the key ${request.customerKey.slice(0, 40)}`, example: DEPUTY_EXAMPLE };
  if (!maySetDeputyOwner(actor, customer)) return { kind: "not-allowed", customerKey: customer.key };
  let deputy = null;
  if (request.deputy) {
    const found = await resolveTypedPerson(db, request.deputy, "deputy", DEPUTY_EXAMPLE);
    if (!found.ok) {
      const outcome = found.outcome;
      const problem = outcome.candidates.length ? `@${outcome.handle} could be ${outcome.candidates.join(", ")}: type more of the name` : `nobody active on the roster is called @${outcome.handle}`;
      return { kind: "bad-input", field: "deputy", problem, example: DEPUTY_EXAMPLE };
    }
    deputy = found.person;
    if (customer.owner && deputy.id === customer.owner.id) return { kind: "bad-input", field: "deputy", problem: `${deputy.name} owns ${customer.key}; the deputy owner is someone else`, example: DEPUTY_EXAMPLE };
  }
  const changed = await withActor(db, actorOf(actor), (tx) => setDeputyOwner(tx, customer.id, deputy?.id ?? null));
  return { kind: "set", customer, deputy, changed };
}
