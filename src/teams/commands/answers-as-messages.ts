import { loadPeopleBySlackIds } from "../../db/people/load-people-by-slack-ids.js";
import type { Message } from "../../domain/messages/message.js";
import type { TeamsDeps } from "../teams-deps.js";
import { mentionedSlackIds } from "../bridge/inline-from-mrkdwn.js";
import { messageFromSlackBlocks } from "../bridge/message-from-slack-blocks.js";
import type { SlackBuiltAnswer } from "./teams-command-answer.js";

/** Slack-built answers as neutral messages, with the people they mention looked up for Teams. */
export async function answersAsMessages(deps: TeamsDeps, answers: readonly SlackBuiltAnswer[]): Promise<Message[]> {
  // Teams users type the commands without Slack's slash.
  const unslash = (json: string) => json.replace(/(^|[\s`("]|\\n)\/(customer|complaint)\b/g, "$1$2");
  const prepared = answers.map((answer) => JSON.parse(unslash(JSON.stringify(answer))) as SlackBuiltAnswer);
  const people = await loadPeopleBySlackIds(deps.db, mentionedSlackIds(JSON.stringify(prepared)));
  return prepared.map((answer) =>
    messageFromSlackBlocks(answer.text, answer.blocks?.length ? answer.blocks : [{ type: "section", text: { type: "mrkdwn", text: answer.text } }], people),
  );
}
