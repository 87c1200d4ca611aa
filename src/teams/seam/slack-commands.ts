import { complaintSubcommands } from "../../slack/complaints/commands/complaint-subcommands.js";
import { customerSubcommands } from "../../slack/health/commands/customer-subcommands.js";

/**
 * The seam (transitional, issue 13; the only folder of src/teams allowed to import src/slack, see
 * eslint.config.js): the subcommands' names, usage and summaries, for Teams' help and manifest, are the
 * slash commands' own (one list, so both platforms offer the same). Teams answers each through its use
 * case (../commands/). When the list moves out of src/slack, this folder goes.
 */
export const TEAMS_COMMANDS = {
  customer: customerSubcommands.map(({ name, usage, summary }) => ({ name, usage, summary })),
  complaint: complaintSubcommands.map(({ name, usage, summary }) => ({ name, usage, summary })),
} as const;

export type CommandFamily = keyof typeof TEAMS_COMMANDS;
