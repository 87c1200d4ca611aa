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

/**
 * What a subcommand answers: a neutral message (rendered as a card), or an activity Teams-only by nature
 * (a card whose button opens a dialog, which neutral buttons do not do).
 */
export type TeamsAnswer = Message | TeamsActivity;

/** A message activity as Teams posts it: its card as the one attachment. */
export interface TeamsActivity {
  type: "message";
  summary: string;
  attachments: { contentType: string; content: unknown }[];
}

/** One subcommand Teams answers by calling its use case directly; the answers in order. */
export type TeamsSubcommandRun = (request: TeamsCommandRequest) => Promise<TeamsAnswer[]>;
