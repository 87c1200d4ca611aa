import { findCustomerById } from "../../db/health/find-customer-by-id.js";
import { findImprovementAction } from "../../db/health/find-improvement-action.js";
import { recordActionResult as saveActionResult } from "../../db/health/record-action-result.js";
import { readActionValue } from "../../domain/health/read-action-value.js";
import type { FormErrors, Message } from "../../domain/messages/message.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { cleanText } from "../../domain/text/clean-text.js";
import { checkAssessAccess } from "./check-assess-access.js";
import type { HealthDeps } from "./health-deps.js";

/**
 * Saves an action's result from the result form, attributed to the submitter (actorOf); a missing or
 * empty result, a refusal or a result recorded meanwhile is shown at the field, and nothing is saved.
 * The same result submitted again by the same person (a retried or double submission) is `again`:
 * recorded once, confirmed once.
 */
export async function recordActionResult(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; state: string; result: string; now: Date },
): Promise<{ ok: false; errors: FormErrors } | { ok: true; again: boolean; actionId: number; confirmation: Message }> {
  const refuse = (message: string) => ({ ok: false as const, errors: { result: message } });
  const result = cleanText(input.result).trim();
  if (!result) return refuse("Write what came of the action, e.g. “delivery time down to 2 days, customer confirmed”.");
  if (result.length > 1000) return refuse("Keep the result under 1,000 characters.");
  const id = readActionValue(input.state);
  const action = id === null ? null : await findImprovementAction(deps.db, id);
  const customer = action && (await findCustomerById(deps.db, action.customerId));
  if (!action || !customer) return refuse("That improvement action no longer exists; nothing was saved.");
  const { actor } = input;
  const allowed = actor !== null && (action.owner?.id === actor.id || (await checkAssessAccess(deps.db, actor, customer)));
  if (!actor || !allowed) return refuse("Only the action's owner, the customer's owner, their department head, executives and admins record results.");
  const outcome = await saveActionResult(deps.db, { actor: actorOf(actor), actionId: action.id, result, now: input.now });
  if (outcome === "already-done") return refuse("Someone recorded a result for this action meanwhile; nothing was changed.");
  if (outcome === "missing") return refuse("That improvement action no longer exists; nothing was saved.");
  return { ok: true, again: outcome === "again", actionId: action.id, confirmation: { text: `Result recorded for ${customer.key}: ${action.problem} → “${result}”.`, parts: [] } };
}

