import type { RespondFn, SlashCommand } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { CatalogueEntry } from "../../app/commands/command-catalogue.js";
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

/** One `/customer <name> …` or `/complaint <name> …` action: its catalogue entry (which `help` lists) and how Slack answers it. */
export interface Subcommand extends CatalogueEntry {
  run(ctx: SubcommandContext): Promise<void>;
}

/** What a subcommand's file gives: how Slack answers it. Its name, usage and summary are the catalogue's (src/app/commands). */
export type SubcommandHandler = Pick<Subcommand, "run">;
