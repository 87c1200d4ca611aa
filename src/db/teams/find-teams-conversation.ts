import type { Database } from "../database.js";
import type { TeamsConversation } from "./teams-conversation.js";

/**
 * Where a `teams:<id>` recipient is reached: the id is a conversation id (a channel, a group chat, a
 * personal chat) or a person's AAD object id, whose personal chat with Steward is then used. Null
 * when Steward is not installed there (yet, or any more).
 */
export async function findTeamsConversation(db: Database, id: string): Promise<TeamsConversation | null> {
  const row =
    (await db.prisma.teamsConversation.findUnique({ where: { conversationId: id } })) ??
    (await db.prisma.teamsConversation.findFirst({ where: { userAadId: id, scope: "personal" }, orderBy: { updatedAt: "desc" } }));
  if (!row || !row.installed) return null;
  return { ...row, scope: row.scope as TeamsConversation["scope"] };
}
