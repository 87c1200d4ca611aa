import type { Database } from "../database.js";
import type { TeamsConversation } from "./teams-conversation.js";

/**
 * Records (or refreshes) a conversation reference. Teams may move a conversation to another regional
 * service URL, so the latest activity's URL wins; ids once known are kept when a later activity
 * lacks them.
 */
export async function saveTeamsConversation(db: Database, conversation: TeamsConversation, now: Date): Promise<void> {
  const { conversationId, scope, serviceUrl, tenantId, userAadId, teamId, channelId, installed } = conversation;
  await db.prisma.teamsConversation.upsert({
    where: { conversationId },
    create: { conversationId, scope, serviceUrl, tenantId, userAadId, teamId, channelId, installed, updatedAt: now },
    update: {
      scope,
      serviceUrl,
      installed,
      updatedAt: now,
      ...(tenantId ? { tenantId } : {}),
      ...(userAadId ? { userAadId } : {}),
      ...(teamId ? { teamId } : {}),
      ...(channelId ? { channelId } : {}),
    },
  });
}
