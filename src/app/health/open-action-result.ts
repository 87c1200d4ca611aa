import { findCustomerById } from "../../db/health/find-customer-by-id.js";
import { findImprovementAction } from "../../db/health/find-improvement-action.js";
import { actionResultForm } from "../../domain/health/action-result-form.js";
import { readActionValue } from "../../domain/health/read-action-value.js";
import { NOT_ON_ROSTER } from "../../domain/health/not-on-roster.js";
import type { Form, Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { checkAssessAccess } from "./check-assess-access.js";
import type { HealthDeps } from "./health-deps.js";

/** "Record result": the result form, for the action's owner or someone who may assess the customer. `buttonValue` is what the pressed button carried. */
export async function openActionResult(deps: HealthDeps, input: { actor: RosterPerson | null; buttonValue: string | undefined }): Promise<{ form: Form } | { reply: Message }> {
  const { actor } = input;
  if (!actor) return { reply: noticeMessage(NOT_ON_ROSTER) };
  const id = readActionValue(input.buttonValue);
  const action = id === null ? null : await findImprovementAction(deps.db, id);
  const customer = action && (await findCustomerById(deps.db, action.customerId));
  if (!action || !customer) return { reply: noticeMessage("That improvement action no longer exists.") };
  if (action.completedAt) return { reply: noticeMessage(["That action already has a result: “", action.result ?? "", "”. Nothing was changed."]) };
  const allowed = action.owner?.id === actor.id || (await checkAssessAccess(deps.db, actor, customer));
  if (!allowed) {
    return { reply: noticeMessage("Sorry — only the action's owner, the customer's owner, their department head, executives and admins record results. Nothing was changed.") };
  }
  return { form: actionResultForm(action, customer.key) };
}
