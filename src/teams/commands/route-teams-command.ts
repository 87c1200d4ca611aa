import { checkCommandText } from "../../slack/commands/check-command-text.js";
import { complaintSubcommands } from "../../slack/commands/complaint-subcommands.js";
import { customerSubcommands } from "../../slack/commands/customer-subcommands.js";
import type { Subcommand } from "../../slack/commands/subcommand.js";
import type { Message } from "../../domain/messages/message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { AppDeps } from "../../slack/app-deps.js";
import type { ViewSeal } from "../../slack/views/view-seal.js";
import { helpBlocks } from "../../slack/blocks/help-blocks.js";
import { escapeMrkdwn } from "../../slack/blocks/escape-mrkdwn.js";
import { mentionedSlackIds } from "../bridge/inline-from-mrkdwn.js";
import { messageFromSlackBlocks } from "../bridge/message-from-slack-blocks.js";
import { loadPeopleBySlackIds } from "../../db/people/load-people-by-slack-ids.js";
import { runSlackSubcommand } from "./run-slack-subcommand.js";
import type { SlackBuiltAnswer } from "./teams-command-answer.js";

/** The commands a Teams message may start with (the manifest's command list offers these). */
export const TEAMS_COMMANDS: Record<"customer" | "complaint", Subcommand[]> = { customer: customerSubcommands, complaint: complaintSubcommands };

/**
 * A message to the bot as a command: `customer score ACME`, `complaint list open`, `help` — the same
 * subcommands, parsers and answers as `/customer` and `/complaint` in Slack (the leading slash is
 * optional). Returns the answers as neutral messages, in order.
 */
export async function routeTeamsCommand(input: { text: string; actor: RosterPerson | null; conversationId: string; deps: AppDeps; seal: ViewSeal }): Promise<Message[]> {
  const text = input.text.trim().replace(/^\//, "");
  const [word = "", ...rest] = text.split(/\s+/);
  const family = word.toLowerCase();
  if (family !== "customer" && family !== "complaint") {
    const unknown = word && family !== "help" ? `Unknown command \`${escapeMrkdwn(word)}\`.` : undefined;
    return toMessages(input.deps, [{ text: "Steward help", blocks: [...helpBlocks("/customer", customerSubcommands, unknown), ...helpBlocks("/complaint", complaintSubcommands)] }]);
  }
  const command = `/${family}` as const;
  const argsText = rest.join(" ");
  const problem = checkCommandText(command, argsText);
  if (problem) return toMessages(input.deps, [{ text: problem }]);
  const [name = "", ...args] = argsText.split(/\s+/);
  const subcommand = TEAMS_COMMANDS[family].find((sub) => sub.name === name.toLowerCase());
  if (!subcommand) {
    const unknown = name && name.toLowerCase() !== "help" ? `Unknown subcommand \`${escapeMrkdwn(name)}\`.` : undefined;
    return toMessages(input.deps, [{ text: `${command} help`, blocks: helpBlocks(command, TEAMS_COMMANDS[family], unknown) }]);
  }
  const { answers, opened } = await runSlackSubcommand({ subcommand, command, args: args.join(" "), actor: input.actor, conversationId: input.conversationId, deps: input.deps, seal: input.seal });
  if (opened) {
    answers.push({
      text: `\`${family} ${subcommand.name}\` opens a form, and Teams dialogs are not wired yet: please use \`${command} ${subcommand.name}\` in Slack or the console for now.`,
    });
  }
  return toMessages(input.deps, answers);
}

/** Slack-built answers as neutral messages, with the people they mention looked up for Teams. */
async function toMessages(deps: AppDeps, answers: readonly SlackBuiltAnswer[]): Promise<Message[]> {
  // Teams users type the commands without Slack's slash.
  const unslash = (mrkdwn: string) => mrkdwn.replace(/(^|[\s`("]|\\n)\/(customer|complaint)\b/g, "$1$2");
  const prepared = answers.map((answer) => JSON.parse(unslash(JSON.stringify(answer))) as SlackBuiltAnswer);
  const ids = mentionedSlackIds(JSON.stringify(prepared));
  const people = await loadPeopleBySlackIds(deps.db, ids);
  return prepared.map((answer) => messageFromSlackBlocks(answer.text, answer.blocks?.length ? answer.blocks : [{ type: "section", text: { type: "mrkdwn", text: answer.text } }], people));
}
