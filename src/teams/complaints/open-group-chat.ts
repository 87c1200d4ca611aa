import type { App } from "@microsoft/teams.apps";
import type { Database } from "../../db/database.js";
import { findTeamsConversation } from "../../db/teams/find-teams-conversation.js";
import { saveTeamsConversation } from "../../db/teams/save-teams-conversation.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** A Teams identity Graph can bind as a chat member: an AAD object id or a sign-in name (UPN). */
const BINDABLE = /^[\w.@+-]{1,200}$/;
/** Where proactive posts go when Steward knows no conversation of the tenant yet (Teams' global Bot Connector). */
const GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/";

export interface GroupChatOptions {
  app: App;
  db: Database;
  /** Steward's id in the organisation's app catalog, which Graph installs into the new chat. */
  appCatalogId: string;
  now: () => Date;
  logger: { info(...msg: unknown[]): void; warn(...msg: unknown[]): void };
}

/**
 * Opens an urgent case's temporary team as a Teams group chat through Microsoft Graph, with the
 * application permissions the admin granted (Chat.Create, TeamsAppInstallation.ReadWriteAndConsentSelfForChat.All):
 * `POST /chats` (chatType group, every member an owner, topic "<customer> — complaint #N"), then
 * Steward installed into it (`POST /chats/{id}/installedApps`) — a bot can post only where it is a
 * member — and the chat stored as a conversation Steward may post in. Returns the chat id, or null
 * when the team must be a thread instead: fewer than two members with a Teams identity, Graph refusing
 * (401/403: the permission is not granted; logged once), or any other failure (logged each time).
 * Graph offers no idempotency key, so it is called only by whoever filed the case (fileComplaintOnce
 * lets one submission of a form through): a retried or redelivered submission never creates a second chat.
 */
export function openGroupChat(options: GroupChatOptions) {
  let deniedReported = false;
  const root = options.app.graphBaseUrl ?? "https://graph.microsoft.com";
  const post = (path: string, body: unknown) => options.app.graph.call(() => ({ method: "post" as const, path, body })) as Promise<{ id?: string } | undefined>;
  const fallBack = (step: string, error: unknown): null => {
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 401 || status === 403) {
      if (!deniedReported) {
        deniedReported = true;
        options.logger.warn(`Teams group chats are on (TEAMS_GROUP_CHATS) but Microsoft Graph refused ${step} (${status}): grant the app Chat.Create and TeamsAppInstallation.ReadWriteAndConsentSelfForChat.All (application permissions, admin consent). Urgent teams are threads in the lead department's channel until then.`);
      }
    } else {
      options.logger.warn(`Teams group chat not opened (${step} failed${status ? `, ${status}` : ""}); the urgent team is a thread in the lead department's channel`, error);
    }
    return null;
  };
  return async (record: ComplaintRecord, members: readonly RosterPerson[], suffix?: string): Promise<string | null> => {
    const ids = [...new Set(members.flatMap((person) => (person.ids.teams && BINDABLE.test(person.ids.teams) ? [person.ids.teams] : [])))];
    if (ids.length < 2) {
      options.logger.info(`complaint ${record.case.id}: fewer than two of its urgent team have a Teams identity, so the team is a thread in the lead department's channel, not a group chat`);
      return null;
    }
    let chatId: string | undefined;
    try {
      chatId = (
        await post("/chats", {
          chatType: "group",
          topic: `${record.customer.key} — complaint #${record.case.id}${suffix ? ` (${suffix})` : ""}`,
          members: ids.map((id) => ({ "@odata.type": "#microsoft.graph.aadUserConversationMember", roles: ["owner"], "user@odata.bind": `${root}/v1.0/users('${id}')` })),
        })
      )?.id;
      if (!chatId) throw new Error("POST /chats answered without a chat id");
    } catch (error) {
      return fallBack("creating the chat", error);
    }
    try {
      // Consenting to the manifest's chat permission as it installs, so Steward hears every reply to archive it.
      await post(`/chats/${encodeURIComponent(chatId)}/installedApps`, {
        "teamsApp@odata.bind": `${root}/v1.0/appCatalogs/teamsApps/${options.appCatalogId}`,
        consentedPermissionSet: { resourceSpecificPermissions: [{ permissionValue: "ChatMessage.Read.Chat", permissionType: "application" }] },
      });
    } catch (error) {
      // The chat exists with its people, but Steward cannot post in it: the thread carries the case.
      return fallBack(`installing Steward into chat ${chatId}`, error);
    }
    // The chat's own activities (Steward added to it) will refresh this; until then the tenant's URL serves.
    const known = record.lead?.channels.teams ? await findTeamsConversation(options.db, record.lead.channels.teams) : null;
    await saveTeamsConversation(
      options.db,
      { conversationId: chatId, scope: "groupChat", serviceUrl: known?.serviceUrl ?? GLOBAL_SERVICE_URL, tenantId: known?.tenantId ?? null, userAadId: null, teamId: null, channelId: null, installed: true },
      options.now(),
    );
    return chatId;
  };
}
