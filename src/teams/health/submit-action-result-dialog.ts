import { recordActionResult } from "../../app/health/record-action-result.js";
import { plainText } from "../../domain/messages/plain-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import { withoutSlash } from "../commands/without-slash.js";
import type { DialogSeal } from "../dialog-seal.js";
import type { TeamsDeps } from "../teams-deps.js";
import { actionResultDialog } from "./action-result-dialog.js";

/**
 * A submitted result dialog (`task/submit`): the same use case as Slack's modal (recordActionResult)
 * re-checks the action and who may record it, and saves the result attributed to the submitter. A
 * refusal comes back in the dialog under the field, the typed text kept, and nothing is saved; a saved
 * result closes the dialog with the confirmation (as Slack sends it to the submitter). The same
 * submission again (Teams retries an invoke it got no answer to, or a double press) records nothing more:
 * the action takes one result, and the same result by the same person is recognised as a repeat.
 */
export async function submitActionResultDialog(input: { deps: TeamsDeps; seal: DialogSeal; actor: RosterPerson | null; data: Record<string, unknown> }) {
  const { deps, seal, data } = input;
  const sealedState = typeof data.state === "string" ? data.state : "";
  const opened = seal.open(sealedState) as { a?: unknown } | null;
  const actionId = typeof opened?.a === "number" ? opened.a : null;
  if (actionId === null) {
    return { task: { type: "message" as const, value: "This form could not be verified (it is out of date or was changed); close it and type `customer actions <customer>` again. Nothing was saved." } };
  }
  const recorded = await recordActionResult(healthDepsOfTeams(deps), {
    actor: input.actor,
    state: JSON.stringify({ a: actionId }),
    result: typeof data.result === "string" ? data.result : "",
    now: deps.clock.now(),
  });
  if (!recorded.ok) return actionResultDialog(deps, seal, { actor: input.actor, actionId }, { errors: recorded.errors, typed: data, sealedState });
  if (recorded.again) return { task: { type: "message" as const, value: "This result was recorded already; nothing was recorded twice." } };
  return { task: { type: "message" as const, value: plainText(withoutSlash(recorded.confirmation).text) } };
}
