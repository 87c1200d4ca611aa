import { expect } from "vitest";
import { LOCAL_TEAMS, type LocalTeams } from "../../src/console/start-local-teams.js";

/** An Adaptive Card as the tests read it. */
export type TeamsCard = { body: Record<string, unknown>[]; actions?: Record<string, unknown>[]; msteams?: { entities?: unknown[] } };
export type TeamsConversation = { id: string; conversationType: string };
export type TeamsMember = { aadObjectId: string; name: string };

/** The team every channel of these tests belongs to. */
export const TEST_TEAM = "19:team@thread.tacv2";

/** What every activity carries: who sent it, to Steward, in which conversation (a channel names its team, a thread its channel). */
export function teamsActivityBase(from: TeamsMember, conversation: TeamsConversation) {
  return {
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { ...conversation, tenantId: LOCAL_TEAMS.tenantId },
    channelData: {
      tenant: { id: LOCAL_TEAMS.tenantId },
      ...(conversation.conversationType === "channel" ? { team: { id: TEST_TEAM }, channel: { id: conversation.id.split(";")[0] } } : {}),
    },
  };
}

/** The first card of an activity Steward sent. */
export function cardOf(recorded: { activity: Record<string, unknown> }): TeamsCard {
  return (recorded.activity as { attachments: { content: TeamsCard }[] }).attachments[0]!.content;
}

/**
 * Activities into one channel (of the Teams app `teams()` gives, started in a beforeAll) through the real `/api/messages`: each answered 200, with Steward's answer
 * and what it sent to the stand-in Bot Connector meanwhile; `press` is a card's `Action.Execute` button.
 */
export function teamsChannelSession(teams: () => LocalTeams, channel: TeamsConversation) {
  const send = async (activity: Record<string, unknown>) => {
    const local = teams();
    const before = local.connector.recorded.length;
    const response = await local.connector.send(local.teams.messagesUrl, activity);
    expect(response.status).toBe(200);
    return { body: JSON.parse(response.body || "{}") as Record<string, unknown>, recorded: local.connector.recorded.slice(before) };
  };
  const invoke = (from: TeamsMember, name: string, value: unknown) => send({ type: "invoke", name, value, ...teamsActivityBase(from, channel) });
  const press = (from: TeamsMember, verb: string, data: Record<string, unknown>) => invoke(from, "adaptiveCard/action", { action: { type: "Action.Execute", verb, data } });
  return { send, invoke, press };
}
