import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { checkCommandText } from "../../domain/messages/check-command-text.js";
import { commandHelpMessage } from "../../domain/messages/command-help-message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { quotedText } from "../../domain/messages/quoted-text.js";
import { COMMAND_CATALOGUE, type CommandFamily } from "../../app/commands/command-catalogue.js";
import type { TeamsDeps } from "../teams-deps.js";
import { complaintCommands } from "./complaint-commands.js";
import { customerHealthCommands } from "./customer-health-commands.js";
import { customerRosterCommands } from "./customer-roster-commands.js";
import type { TeamsAnswer, TeamsSubcommandRun } from "./teams-subcommand.js";
import { withoutSlash } from "./without-slash.js";

/**
 * Each subcommand's use case call. `complaint new` is not here: it opens the intake dialog, and is
 * answered before routing (../complaints/intake-launcher.ts).
 */
const RUNS: Record<CommandFamily, Record<string, TeamsSubcommandRun>> = {
  customer: { ...customerHealthCommands, ...customerRosterCommands },
  complaint: complaintCommands,
};

/**
 * A message to the bot as a command: `customer score ACME`, `complaint list open`, `help` — the same
 * subcommands, parsers and answers as `/customer` and `/complaint` in Slack (the leading slash is
 * optional). Returns the answers in order: neutral messages, or an activity of Teams' own (a dialog's launcher).
 */
export async function routeTeamsCommand(input: { text: string; actor: RosterPerson | null; conversationId: string; deps: TeamsDeps }): Promise<TeamsAnswer[]> {
  const text = input.text.trim().replace(/^\//, "");
  const [word = "", ...rest] = text.split(/\s+/);
  const family = word.toLowerCase();
  if (family !== "customer" && family !== "complaint") {
    const [customer, complaint] = [teamsHelp("customer"), teamsHelp("complaint")];
    const unknown = word && family !== "help" ? [{ kind: "text" as const, text: [{ kind: "icon" as const, name: "warning" as const }, " Unknown command ", { kind: "code" as const, text: word }, "."] }] : [];
    return [{ text: "Steward help", parts: [...unknown, ...customer.parts, ...complaint.parts] }];
  }
  const argsText = rest.join(" ");
  // The slash commands' own check of typed text (length, control characters).
  const problem = checkCommandText(`/${family}`, argsText);
  if (problem) return [withoutSlash(noticeMessage(quotedText(problem)))];
  const [name = "", ...args] = argsText.split(/\s+/);
  const subcommand = COMMAND_CATALOGUE[family].find((sub) => sub.name === name.toLowerCase());
  if (!subcommand) return [teamsHelp(family, name && name.toLowerCase() !== "help" ? name : undefined)];
  const run = RUNS[family][subcommand.name];
  if (!run) return [teamsHelp(family)];
  const answers = await run({ args: args.join(" "), actor: input.actor, conversationId: input.conversationId, deps: input.deps });
  return answers.map((answer) => ("parts" in answer ? withoutSlash(answer) : answer));
}

/** The help as Teams users type the commands: the same entries as the slash commands', without the slash. */
function teamsHelp(family: CommandFamily, unknown?: string) {
  return commandHelpMessage(family, COMMAND_CATALOGUE[family].map((sub) => ({ usage: sub.usage.replace(/^\//, ""), summary: sub.summary })), unknown);
}
