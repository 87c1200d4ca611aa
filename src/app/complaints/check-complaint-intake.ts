import { plainText } from "../../domain/messages/plain-text.js";
import { findCustomer } from "../../db/health/find-customer.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { describeNoMatch } from "../../domain/health/describe-no-match.js";
import type { FormErrors } from "../../domain/messages/message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { ComplaintDeps } from "./complaint-deps.js";

/**
 * Before an intake form is accepted: the filer must be on the roster and the customer typed must name
 * exactly one customer. Refusals come back per field (`customer`), shown under it; nothing is filed.
 */
export async function checkComplaintIntake(
  deps: ComplaintDeps,
  input: { platform: Platform; userId: string; customerQuery: string },
): Promise<{ ok: true; filer: RosterPerson; customer: CustomerProfile } | { ok: false; errors: FormErrors }> {
  const filer = await findPersonByIdentity(deps.db, input.platform, input.userId);
  if (!filer) return { ok: false, errors: { customer: "You are not on Steward's roster yet: ask your Steward admin to add you." } };
  const found = await findCustomer(deps.db, input.customerQuery);
  if (found.kind === "none") return { ok: false, errors: { customer: plainText(describeNoMatch(input.customerQuery, found.suggestions)) } };
  if (found.kind === "several") {
    const keys = found.candidates.map((c) => `${c.key} (${c.name})`).join(", ");
    return { ok: false, errors: { customer: `"${input.customerQuery}" matches ${keys}${found.more ? " and more" : ""}: type the key.` } };
  }
  return { ok: true, filer, customer: found.customer };
}
