/** A Teams conversation Steward may post in proactively (a row of teams_conversations). */
export interface TeamsConversation {
  conversationId: string;
  scope: "personal" | "team" | "groupChat";
  serviceUrl: string;
  tenantId: string | null;
  /** Personal scope: whose chat this is (AAD object id). */
  userAadId: string | null;
  teamId: string | null;
  channelId: string | null;
  installed: boolean;
}
