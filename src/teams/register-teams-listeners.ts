import type { Activity } from "@microsoft/teams.api";
import type { App } from "@microsoft/teams.apps";
import { findPersonByTeamsId } from "../db/people/find-person-by-teams-id.js";
import { saveTeamsConversation } from "../db/teams/save-teams-conversation.js";
import type { TeamsDeps } from "./teams-deps.js";
import { cardActivity } from "./card-activity.js";
import { routeTeamsCommand } from "./commands/route-teams-command.js";
import { teamsCommandList } from "./commands/teams-command-list.js";
import { withoutSlash } from "./commands/without-slash.js";
import { conversationOfActivity } from "./conversation-of-activity.js";
import { healthPresses } from "./actions/health-presses.js";

/** What the Teams app handles, for the manifest test (every command declared, nothing more). */
export interface TeamsRegistrations {
  /** Bot commands as the manifest offers them: `customer`, `complaint` (each with a subcommand) and `help`. */
  commands: { title: string; description: string }[];
  /** Activity types with a handler. */
  activities: string[];
  /** Action.Execute verbs answered in Teams. */
  verbs: string[];
}

/**
 * The Teams listeners: a message is a command (answered with cards in the same conversation); every
 * activity from a conversation — the install (installationUpdate, conversationUpdate) first of all —
 * records its conversation reference, so reminders and pings can reach it later.
 */
export function registerTeamsListeners(app: App, deps: TeamsDeps, options: { sealSecret: string }): TeamsRegistrations {
  const remember = async (activity: Activity, installed = true) => {
    const conversation = conversationOfActivity(activity, installed);
    if (conversation) await saveTeamsConversation(deps.db, conversation, deps.clock.now());
  };
  /**
   * Who sent an activity: by the AAD object id Teams signs into it; failing that, by the sign-in name
   * Teams' member lookup gives (a roster that lists UPNs or e-mails). Never by the display name.
   */
  const identify = async (activity: Activity, api: { conversations: { members(id: string): { getById(id: string): Promise<{ userPrincipalName?: string }> } } }) => {
    const aad = activity.from.aadObjectId;
    if (!aad) return null;
    const known = await findPersonByTeamsId(deps.db, aad);
    if (known) return known;
    const member = await api.conversations.members(activity.conversation.id).getById(activity.from.id).catch(() => null);
    return member?.userPrincipalName ? findPersonByTeamsId(deps.db, aad, member.userPrincipalName) : null;
  };
  app.on("message", async ({ activity, send, api }) => {
    await remember(activity);
    const text = activity.text ?? "";
    try {
      const actor = await identify(activity, api);
      const answers = await routeTeamsCommand({ text, actor, conversationId: activity.conversation.id, deps, sealSecret: options.sealSecret });
      for (const answer of answers) await send(cardActivity(answer));
    } catch (error) {
      deps.logger.error(`teams command ${JSON.stringify(text.slice(0, 80))} failed`, error);
      await send(cardActivity({ text: "Sorry — that command failed on our side and changed nothing. Please try again; if it keeps failing, tell your Steward admin.", parts: [] }));
    }
  });
  app.on("card.action", async ({ activity, send, api }) => {
    await remember(activity);
    const { verb = "", data } = (activity.value?.action ?? {}) as { verb?: string; data?: { value?: unknown } };
    const handler = healthPresses.get(verb);
    const notice = (text: string) => ({ statusCode: 200, type: "application/vnd.microsoft.activity.message", value: text }) as const;
    if (!handler) return notice("This button works in Slack; in Teams it is not wired yet.");
    const actor = await identify(activity, api);
    if (!actor) return notice("Sorry — customer data is shown only to people on Steward's roster, and you are not on it yet. Ask your Steward admin to add you.");
    const answer = await handler({ value: typeof data?.value === "string" ? data.value : "", actor, conversationId: activity.conversation.id, deps });
    if ("replace" in answer) return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: cardActivity(withoutSlash(answer.replace)).attachments[0]!.content } as never;
    if ("post" in answer) await send(cardActivity(withoutSlash(answer.post)));
    return notice("notice" in answer ? answer.notice : "Done.");
  });
  app.on("installationUpdate", async ({ activity }) => remember(activity, activity.action !== "remove"));
  app.on("conversationUpdate", async ({ activity }) => {
    const bot = activity.recipient?.id;
    const removed = Boolean(bot && activity.membersRemoved?.some((member) => member.id === bot));
    await remember(activity, !removed);
  });
  return {
    commands: teamsCommandList(),
    activities: ["message", "card.action", "installationUpdate", "conversationUpdate"],
    verbs: [...healthPresses.keys()],
  };
}
