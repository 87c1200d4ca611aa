import { DESCRIPTION_MAX_CHARS } from "../../domain/complaints/intake-form.js";
import type { TeamsDeps } from "../teams-deps.js";
import type { DialogSeal } from "../dialog-seal.js";
import { intakeDialog } from "./intake-dialog.js";
import { textOfTeamsHtml } from "./text-of-teams-html.js";

/** The message action's command id (manifest composeExtensions, context message). */
export const LOG_AS_COMPLAINT = "logComplaint";

/**
 * "Log as complaint" on a Teams message (`composeExtension/fetchTask`): the intake dialog, its
 * description the message's text and its origin the message (its link goes on the case). Teams hands
 * the whole message over, so nothing is fetched later; a message longer than the field keeps its
 * beginning (Teams has no later read of it for the bot to archive the rest).
 */
export async function logAsComplaint(deps: TeamsDeps, seal: DialogSeal, input: { conversationId: string; message: { id?: string; body?: { content?: string; contentType?: string }; linkToMessage?: string } }) {
  const content = input.message.body?.content ?? "";
  const text = input.message.body?.contentType === "html" ? textOfTeamsHtml(content) : content;
  const link = input.message.linkToMessage && /^https:\/\//.test(input.message.linkToMessage) ? input.message.linkToMessage : null;
  return intakeDialog(deps, seal, {
    description: text.slice(0, DESCRIPTION_MAX_CHARS),
    ...(input.message.id ? { source: { channel: input.conversationId, ts: input.message.id, permalink: link, longerThanField: false } } : {}),
  });
}
