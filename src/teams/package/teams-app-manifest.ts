import type { TeamsRegistrations } from "../register-teams-listeners.js";

export const MANIFEST_VERSION = "1.19";

/**
 * The Teams app manifest for Steward's bot: its id is the bot's Microsoft App ID; the commands are
 * the ones the bot answers (offered as suggestions in every scope, at most 10 per list as Teams
 * allows); personal, team and group chat scopes, so people get direct messages and departments'
 * channels get posts; the message actions ("Log as complaint") as a message extension's action commands;
 * resource-specific permissions to read the messages of its channels and chats (archiving, below).
 */
export function teamsAppManifest(options: { clientId: string; version: string; registered: TeamsRegistrations; websiteUrl?: string }) {
  const website = options.websiteUrl ?? "https://github.com/steward-bot/steward";
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: options.version,
    id: options.clientId,
    developer: { name: "Steward", websiteUrl: website, privacyUrl: `${website}#privacy`, termsOfUseUrl: `${website}#terms` },
    name: { short: "Steward", full: "Steward — customer relationships kept healthy" },
    description: {
      short: "Health scores, reminders and complaint escalation for B2B accounts.",
      full: "Steward keeps B2B customer relationships healthy: health scores with their evidence, reminders for owners, and complaints escalated on time to the right people.",
    },
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: "#007878",
    bots: [
      {
        botId: options.clientId,
        scopes: ["personal", "team", "groupChat"],
        isNotificationOnly: false,
        supportsFiles: false,
        commandLists: [
          {
            scopes: ["personal", "team", "groupChat"],
            commands: options.registered.commands.map((command) => ({ title: command.title, description: command.description })),
          },
        ],
      },
    ],
    composeExtensions: [
      {
        botId: options.clientId,
        commands: options.registered.messageActions.map((action) => ({
          id: action.id,
          type: "action",
          context: ["message"],
          title: action.title,
          description: action.description,
          fetchTask: true,
        })),
      },
    ],
    permissions: ["identity", "messageTeamMembers"],
    validDomains: [],
    // Resource-specific consent: Steward hears every message in the channels and group chats it is
    // added to, not only those that @mention it, so what is said in a case's thread or temporary team
    // goes on the case's record (only messages that @mention Steward are commands there).
    webApplicationInfo: { id: options.clientId },
    authorization: {
      permissions: {
        resourceSpecific: [
          { name: "ChannelMessage.Read.Group", type: "Application" },
          { name: "ChatMessage.Read.Chat", type: "Application" },
        ],
      },
    },
  };
}
