import type { Platform } from "../../domain/roster/platform-identity.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import type { Message } from "../../domain/messages/message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** Where a posted message lives, to rewrite it or reply in its thread. */
export interface PostedMessage {
  channel: string;
  ts: string;
}

/**
 * What the complaint use cases need of the chat platform besides the delivery ledger: messages that
 * must exist before the case is recorded (its card, which the filer hears about at once), rewrites of
 * cards through the delivery port, and the temporary team's conversation. The Slack adapter implements
 * it (src/slack/complaints/slack-complaint-chat.ts), and so does the Teams adapter (src/teams/complaints/teams-complaint-chat.ts).
 */
export interface ComplaintChat {
  /** The platform it speaks: stored with every message reference it returns. */
  readonly platform: Platform;
  post(channel: string, message: Message, threadTs?: string): Promise<PostedMessage | null>;
  /** Rewrites a card or notice in place (the delivery port's update). */
  update(at: PostedMessage, message: Message): Promise<void>;
  /**
   * Opens the temporary team of an urgent case with these roster people (each platform invites,
   * mentions or adds those it knows, and names the rest); the conversation to record as the team, or
   * null when the platform lets the bot open none.
   */
  openTeam(record: ComplaintRecord, members: readonly RosterPerson[], suffix?: string): Promise<string | null>;
  archiveTeam(channel: string): Promise<void>;
  /** Unarchives a team channel archived at closing; false when the platform refuses. */
  unarchiveTeam(channel: string): Promise<boolean>;
  /** The whole text of the message a complaint was logged from, when it is still readable. */
  fetchOrigin(channel: string, ts: string): Promise<{ text: string; user: string | null; at: Date | null } | null>;
}
