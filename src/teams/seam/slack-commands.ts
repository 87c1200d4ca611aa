import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { AppDeps } from "../../slack/app-deps.js";
import { complaintSubcommands } from "../../slack/complaints/commands/complaint-subcommands.js";
import { customerSubcommands } from "../../slack/health/commands/customer-subcommands.js";
import { createViewSeal } from "../../slack/views/view-seal.js";
import type { TeamsDeps } from "../teams-deps.js";
import { runSlackSubcommand } from "./run-slack-subcommand.js";
import type { SlackBuiltAnswer } from "../commands/teams-command-answer.js";

/**
 * The seam (transitional, issue 13; the only folder of src/teams allowed to import src/slack, see
 * eslint.config.js): the subcommands' names, usage and summaries are the slash commands' own; the few
 * Teams does not answer through their use case yet (../commands/route-teams-command.ts, DIRECT) run
 * as the slash command would. When each is a use case call, this folder goes.
 */
export const TEAMS_COMMANDS = {
  customer: customerSubcommands.map(({ name, usage, summary }) => ({ name, usage, summary })),
  complaint: complaintSubcommands.map(({ name, usage, summary }) => ({ name, usage, summary })),
} as const;

export type CommandFamily = keyof typeof TEAMS_COMMANDS;

/** Runs one subcommand as its slash command would, collecting what it answers. */
export async function runTeamsSubcommand(input: {
  family: CommandFamily;
  name: string;
  args: string;
  actor: RosterPerson | null;
  conversationId: string;
  deps: TeamsDeps;
  sealSecret: string;
}): Promise<{ answers: SlackBuiltAnswer[]; opened: boolean }> {
  const subcommand = (input.family === "customer" ? customerSubcommands : complaintSubcommands).find((sub) => sub.name === input.name)!;
  return runSlackSubcommand({
    subcommand,
    command: `/${input.family}`,
    args: input.args,
    actor: input.actor,
    conversationId: input.conversationId,
    deps: input.deps as AppDeps,
    seal: createViewSeal(input.sealSecret),
  });
}
