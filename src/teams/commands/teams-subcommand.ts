import type { Message } from "../../domain/messages/message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { TeamsDeps } from "../teams-deps.js";

/** A typed Teams request for one subcommand: the text after its name, who typed it, where. */
export interface TeamsCommandRequest {
  args: string;
  actor: RosterPerson | null;
  conversationId: string;
  deps: TeamsDeps;
}

/** One subcommand Teams answers by calling its use case directly; the answers in order. */
export type TeamsSubcommandRun = (request: TeamsCommandRequest) => Promise<Message[]>;
