import type { EscalationTier } from "../../domain/complaints/complaint-case.js";
import type { Inline } from "../../domain/messages/message.js";
import type { ComplaintDeps } from "./complaint-deps.js";
import { type CaseActionInput, decideCaseAction } from "./decide-case-action.js";

/**
 * Checks a press against the case rules without changing anything (buttons that open a form ask before
 * opening it): the refusal to show, or the case's tier for the form.
 */
export async function previewCaseAction(deps: ComplaintDeps, input: CaseActionInput, now: Date): Promise<{ ok: true; tier: EscalationTier } | { ok: false; message: Inline }> {
  const decided = await decideCaseAction(deps, input, now);
  return decided.ok ? { ok: true, tier: decided.record.case.tier } : decided;
}
