import type { App } from "@slack/bolt";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { registerHealthListeners } from "../../slack/health/actions/register-health-listeners.js";
import type { AppDeps } from "../../slack/app-deps.js";
import { Registrar } from "../../slack/registrar.js";
import type { SlackBuiltAnswer } from "../commands/teams-command-answer.js";
import type { TeamsDeps } from "../teams-deps.js";

type PressListener = (args: unknown) => Promise<void>;

/** What a press answered: a card to replace the pressed one, and messages to post in the conversation. */
export interface PressAnswers {
  replace?: SlackBuiltAnswer;
  posts: SlackBuiltAnswer[];
  opened: boolean;
}

/**
 * The seam for buttons (see ./slack-commands.ts) (issue 13 before issue 12's use cases land): the Slack listeners of the
 * health buttons — share the score, pick one of several customers, page a table — run for a Teams
 * press (Action.Execute: verb = action id, data.value = value) with the presser's roster identity, so
 * the same role checks apply. What they answer is collected; a listener that would reach any other
 * Slack API than answering in the same conversation is not among them. Complaint and reminder buttons
 * update Slack messages by their ts and stay Slack-only until their use cases return neutral messages.
 */
export function slackPressListeners(deps: TeamsDeps): Map<string, PressListener> {
  const listeners = new Map<string, PressListener>();
  const collect = { action: (id: string, listener: PressListener) => listeners.set(id, listener), command: () => undefined, view: () => undefined, shortcut: () => undefined, event: () => undefined };
  registerHealthListeners(new Registrar(collect as unknown as App), deps as AppDeps);
  // Recording a result opens a form (a Slack modal): not in Teams until dialogs are wired.
  listeners.delete("health_record_result");
  return listeners;
}

export async function runSlackPress(input: { listener: PressListener; verb: string; value: string; actor: RosterPerson; conversationId: string }): Promise<PressAnswers> {
  const answers: PressAnswers = { posts: [], opened: false };
  const answer = (message: { text?: string; blocks?: SlackBuiltAnswer["blocks"]; replace_original?: boolean }) => {
    const built = { text: message.text ?? "", blocks: message.blocks };
    if (message.replace_original) answers.replace = built;
    else answers.posts.push(built);
  };
  const action = { type: "button", action_id: input.verb, value: input.value, block_id: "teams", action_ts: "0" };
  await input.listener({
    ack: async () => undefined,
    body: { type: "block_actions", user: { id: input.actor.ids.slack ?? "" }, channel: { id: input.conversationId }, trigger_id: "teams", actions: [action] },
    action,
    payload: action,
    respond: async (message: Parameters<typeof answer>[0]) => answer(message),
    client: {
      chat: { postEphemeral: async (message: Parameters<typeof answer>[0]) => answer(message) },
      views: { open: async () => void (answers.opened = true) },
    },
    next: async () => undefined,
    context: {},
  });
  return answers;
}
