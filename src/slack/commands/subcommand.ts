import type { RespondFn, SlashCommand } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { AppDeps } from "../app-deps.js";
import type { ViewSeal } from "../views/view-seal.js";

export interface SubcommandContext {
  /** The text after the subcommand's name, trimmed. */
  args: string;
  command: SlashCommand;
  respond: RespondFn;
  client: WebClient;
  deps: AppDeps;
  /** The roster person who typed the command, or null when they are not on the roster. */
  actor: RosterPerson | null;
  /** Signs the private_metadata of the modals a subcommand opens. */
  seal: ViewSeal;
}

/** One `/customer <name> …` or `/complaint <name> …` action; `help` is generated from these. */
export interface Subcommand {
  name: string;
  /** e.g. `/customer score <customer> [at YYYY-MM-DD]` */
  usage: string;
  summary: string;
  run(ctx: SubcommandContext): Promise<void>;
}
