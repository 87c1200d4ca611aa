import { openActionResult } from "../../app/health/open-action-result.js";
import type { FormErrors } from "../../domain/messages/message.js";
import { plainText } from "../../domain/messages/plain-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import { withoutSlash } from "../commands/without-slash.js";
import type { DialogSeal } from "../dialog-seal.js";
import { renderDialog } from "../render/render-dialog.js";
import type { TeamsDeps } from "../teams-deps.js";

/**
 * The answer to the result launcher's `task/fetch`, and to a refused `task/submit`: an improvement
 * action's result form as a Teams dialog, opened by the same use case as Slack's modal (the action
 * still open, the presser its owner or someone who may assess the customer — checked again here). Its
 * state (the action's id) is sealed; a refused one comes back with its error under the field and what
 * the person typed still in it. Someone who may not record gets the
 * refusal instead of a dialog.
 */
export async function actionResultDialog(
  deps: TeamsDeps,
  seal: DialogSeal,
  input: { actor: RosterPerson | null; actionId: number | null },
  refused?: { errors: FormErrors; typed: Record<string, unknown>; sealedState: string },
) {
  const opened = await openActionResult(healthDepsOfTeams(deps), { actor: input.actor, buttonValue: input.actionId === null ? undefined : JSON.stringify({ a: input.actionId }) });
  if ("reply" in opened) return { task: { type: "message" as const, value: plainText(withoutSlash(opened.reply).text) } };
  const { form } = opened;
  const sealedState = refused?.sealedState ?? seal.seal(JSON.parse(form.state) as unknown);
  const { title, card } = renderDialog(form, sealedState, refused?.errors, refused?.typed);
  return { task: { type: "continue" as const, value: { title, card: { contentType: "application/vnd.microsoft.card.adaptive", content: card } } } };
}
