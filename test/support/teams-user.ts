import { randomUUID } from "node:crypto";
import { LOCAL_TEAMS, type LocalTeams } from "../../src/console/start-local-teams.js";
import type { AdaptiveCard } from "../../src/teams/render/adaptive-card.js";

export interface TeamsReply {
  summary: string;
  card: AdaptiveCard;
  /** Every TextBlock's and fact's text, in order: what a person reads. */
  texts: string[];
}

/**
 * Types a message to Steward as a Teams user would: an authenticated activity through the real
 * `/api/messages`, answered through the stand-in Bot Connector. Returns the cards Steward posted back
 * to that conversation for this message.
 */
export async function teamsSay(
  local: LocalTeams,
  text: string,
  from: { aadObjectId: string; name?: string },
  conversation: { id?: string; type?: "personal" | "channel" | "groupChat"; teamId?: string } = {},
  /** People the text mentions as `<at>Name</at>`, sent as Teams sends them: mention entities. */
  mentions: { text: string; mentioned: { id: string; name: string; aadObjectId?: string } }[] = [],
): Promise<TeamsReply[]> {
  const conversationId = conversation.id ?? `a:${from.aadObjectId}`;
  const before = local.connector.recorded.length;
  const response = await local.connector.send(local.teams.messagesUrl, {
    type: "message",
    id: randomUUID(),
    text,
    from: { id: `29:${from.aadObjectId}`, aadObjectId: from.aadObjectId, name: from.name ?? "someone" },
    recipient: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" },
    conversation: { id: conversationId, conversationType: conversation.type ?? "personal", tenantId: LOCAL_TEAMS.tenantId },
    channelData: { tenant: { id: LOCAL_TEAMS.tenantId }, ...(conversation.teamId ? { team: { id: conversation.teamId }, channel: { id: conversationId } } : {}) },
    ...(text.startsWith("<at>Steward</at>") || mentions.length
      ? {
          entities: [
            ...(text.startsWith("<at>Steward</at>") ? [{ type: "mention", text: "<at>Steward</at>", mentioned: { id: `28:${LOCAL_TEAMS.clientId}`, name: "Steward" } }] : []),
            ...mentions.map((mention) => ({ type: "mention", ...mention })),
          ],
        }
      : {}),
  });
  if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}: ${response.body}`);
  return local.connector.recorded
    .slice(before)
    .filter((recorded) => recorded.conversationId === conversationId)
    .map((recorded) => {
      const activity = recorded.activity as { summary: string; attachments: { content: AdaptiveCard }[] };
      const card = activity.attachments[0]!.content;
      return { summary: activity.summary, card, texts: cardTexts(card) };
    });
}

export function cardTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      if (object.type === "TextBlock" && typeof object.text === "string") texts.push(object.text);
      if (object.type === "FactSet") for (const fact of object.facts as { title: string; value: string }[]) texts.push(`${fact.title}: ${fact.value}`);
      Object.values(object).forEach(walk);
    }
  };
  walk(card);
  return texts;
}
