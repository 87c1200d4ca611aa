import { recordAssessment } from "../../app/health/record-assessment.js";
import { CORE_DIMENSIONS } from "../../domain/health/health-settings.js";
import { plainText } from "../../domain/messages/plain-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import { withoutSlash } from "../commands/without-slash.js";
import type { DialogSeal } from "../dialog-seal.js";
import type { TeamsDeps } from "../teams-deps.js";
import { assessmentDialog } from "./assessment-dialog.js";
import { readAssessmentDialog } from "./read-assessment-dialog.js";

/**
 * A submitted assessment dialog (`task/submit`): the same use case as Slack's modal (recordAssessment)
 * re-checks the customer, the assessor and the day, validates, and saves once. Problems come back in
 * the dialog under their fields and nothing is saved; a saved one closes the dialog with the
 * confirmation. The same submission again (Teams retries an invoke it got no answer to, or a double
 * press) records nothing more: its id is the dialog id sealed into the dialog when it was opened.
 */
export async function submitAssessmentDialog(input: { deps: TeamsDeps; seal: DialogSeal; actor: RosterPerson | null; conversationId: string; data: Record<string, unknown> }) {
  const { deps, seal, data } = input;
  const sealedState = typeof data.state === "string" ? data.state : "";
  const opened = seal.open(sealedState) as { dialog?: unknown; c?: unknown } | null;
  const customerId = typeof opened?.c === "number" ? opened.c : null;
  const again = (errors: Record<string, string>) => assessmentDialog(deps, seal, { actor: input.actor, customerId, conversationId: input.conversationId }, { errors, typed: data, sealedState });
  if (!opened || typeof opened.dialog !== "string" || customerId === null) {
    return { task: { type: "message" as const, value: "This form could not be verified (it is out of date or was changed); close it and type the command again. Nothing was saved." } };
  }
  const { dialog, ...state } = opened;
  const health = healthDepsOfTeams(deps);
  const dimensions = [...CORE_DIMENSIONS, ...health.health.extraDimensions.map((extra) => extra.key)];
  const recorded = await recordAssessment(health, {
    actor: input.actor,
    submissionId: `teams:${dialog}`,
    state: JSON.stringify(state),
    form: readAssessmentDialog(data, dimensions),
    now: deps.clock.now(),
  });
  // The use case words its advice for the slash commands (`/customer assess`); Teams users type them without.
  if (recorded.kind === "errors") return again(Object.fromEntries(Object.entries(recorded.errors).map(([id, error]) => [id, plainText(withoutSlash({ text: error, parts: [] }).text)])));
  if (recorded.kind === "again") return { task: { type: "message" as const, value: "This assessment was recorded already; nothing was recorded twice." } };
  return { task: { type: "message" as const, value: plainText(withoutSlash(recorded.confirmation).text) } };
}
