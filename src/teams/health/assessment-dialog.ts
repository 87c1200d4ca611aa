import { randomUUID } from "node:crypto";
import { openAssessment } from "../../app/health/open-assessment.js";
import type { FormErrors } from "../../domain/messages/message.js";
import { plainText } from "../../domain/messages/plain-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { withoutSlash } from "../commands/without-slash.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import type { DialogSeal } from "../dialog-seal.js";
import { renderDialog } from "../render/render-dialog.js";
import type { TeamsDeps } from "../teams-deps.js";

/**
 * The answer to the launcher's `task/fetch`, and to a refused `task/submit`: the assessment form as a
 * Teams dialog, opened by the same use case as Slack's modal (who may assess is checked again here). Its
 * sealed state carries the form's state and its own id (`dialog`), which records its assessment once
 * however often it is submitted; a refused one comes back with its errors under the fields and what the
 * person typed still in them. Someone who may not assess gets the refusal instead of a dialog.
 */
export async function assessmentDialog(
  deps: TeamsDeps,
  seal: DialogSeal,
  input: { actor: RosterPerson | null; customerId: number | null; conversationId: string },
  refused?: { errors: FormErrors; typed: Record<string, unknown>; sealedState: string },
) {
  const opened = await openAssessment(healthDepsOfTeams(deps), { actor: input.actor, target: { id: input.customerId }, canOpenForm: true, channelId: input.conversationId, now: deps.clock.now() });
  if ("reply" in opened) return { task: { type: "message" as const, value: plainText(withoutSlash(opened.reply).text) } };
  if (!("form" in opened)) return { task: { type: "message" as const, value: "This form could not be opened; type the command again." } };
  const { form } = opened;
  const sealedState = refused?.sealedState ?? seal.seal({ ...(JSON.parse(form.state) as object), dialog: randomUUID() });
  const { title, card } = renderDialog(form, sealedState, refused?.errors, refused?.typed);
  return { task: { type: "continue" as const, value: { title, card: { contentType: "application/vnd.microsoft.card.adaptive", content: card } } } };
}
