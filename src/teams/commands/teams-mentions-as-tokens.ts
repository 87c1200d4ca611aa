import { identityToken } from "../../domain/roster/identity-token.js";

/** The part of a Teams message activity its mentions live in. */
export interface MentioningActivity {
  text?: string;
  entities?: readonly unknown[];
  recipient: { id: string };
}

interface MentionEntity {
  type: "mention";
  text?: string;
  mentioned: { id: string; name?: string; aadObjectId?: string };
}

const isMention = (entity: unknown): entity is MentionEntity =>
  typeof entity === "object" && entity !== null && (entity as { type?: unknown }).type === "mention" && typeof (entity as MentionEntity).mentioned?.id === "string";

/**
 * A Teams message's text as a command: the bot's own mention (a channel message must @mention Steward)
 * is dropped, and every other `<at>Name</at>` mention becomes what the domain's parsers read — the
 * identity token of the person's AAD object id (`@teams:<id>`, the id the roster knows them by) when
 * Teams sent it, else their display name as an `@handle` (`<at>Lukas Meyer</at>` → `@LukasMeyer`,
 * which the roster matches by name as it matches a typed `@lukas`).
 */
export function teamsMentionsAsTokens(activity: MentioningActivity): string {
  let text = activity.text ?? "";
  for (const mention of (activity.entities ?? []).filter(isMention)) {
    const tag = mention.text ?? `<at>${mention.mentioned.name ?? ""}</at>`;
    const { id, aadObjectId, name = "" } = mention.mentioned;
    const word =
      id === activity.recipient.id ? "" : aadObjectId ? identityToken({ platform: "teams", id: aadObjectId }) : `@${name.replace(/[^\p{L}\p{N}._-]/gu, "")}`;
    text = text.replace(tag, word);
  }
  return text.trim();
}
