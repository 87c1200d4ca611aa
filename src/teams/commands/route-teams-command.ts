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
import { answersAsMessages } from "./answers-as-messages.js";
import { runSlackSubcommand } from "./run-slack-subcommand.js";

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
    return answersAsMessages(input.deps, [{ text: "Steward help", blocks: [...helpBlocks("/customer", customerSubcommands, unknown), ...helpBlocks("/complaint", complaintSubcommands)] }]);
  }
  const command = `/${family}` as const;
  const argsText = rest.join(" ");
  const problem = checkCommandText(command, argsText);
  if (problem) return answersAsMessages(input.deps, [{ text: problem }]);
  const [name = "", ...args] = argsText.split(/\s+/);
  const subcommand = TEAMS_COMMANDS[family].find((sub) => sub.name === name.toLowerCase());
  if (!subcommand) {
    const unknown = name && name.toLowerCase() !== "help" ? `Unknown subcommand \`${escapeMrkdwn(name)}\`.` : undefined;
    return answersAsMessages(input.deps, [{ text: `${command} help`, blocks: helpBlocks(command, TEAMS_COMMANDS[family], unknown) }]);
  }
  const { answers, opened } = await runSlackSubcommand({ subcommand, command, args: args.join(" "), actor: input.actor, conversationId: input.conversationId, deps: input.deps, seal: input.seal });
  if (opened) {
    answers.push({
      text: `\`${family} ${subcommand.name}\` opens a form, and Teams dialogs are not wired yet: please use \`${command} ${subcommand.name}\` in Slack or the console for now.`,
    });
  }
  return answersAsMessages(input.deps, answers);
}
