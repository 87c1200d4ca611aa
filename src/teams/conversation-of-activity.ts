import type { Activity } from "@microsoft/teams.api";
import type { TeamsConversation } from "../db/teams/teams-conversation.js";

/** The conversation reference an incoming activity gives: where Steward may post there later. */
export function conversationOfActivity(activity: Activity, installed = true): TeamsConversation | null {
  const conversation = activity.conversation;
  if (!conversation?.id || !activity.serviceUrl) return null;
  const channelData = (activity.channelData ?? {}) as { team?: { id?: string }; channel?: { id?: string }; tenant?: { id?: string } };
  const type = String(conversation.conversationType ?? "personal");
  const scope = type === "channel" ? "team" : type === "groupChat" ? "groupChat" : "personal";
  return {
    conversationId: conversation.id,
    scope,
    serviceUrl: activity.serviceUrl,
    tenantId: channelData.tenant?.id ?? conversation.tenantId ?? null,
    userAadId: scope === "personal" ? (activity.from?.aadObjectId ?? null) : null,
    teamId: channelData.team?.id ?? null,
    channelId: channelData.channel?.id ?? null,
    installed,
  };
}
