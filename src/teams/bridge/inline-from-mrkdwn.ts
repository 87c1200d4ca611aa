import type { IconName, Inline, PersonMention } from "../../domain/messages/message.js";
import { ICON_CHARACTERS } from "../render/icon-characters.js";

/** Who a Slack user id in rendered mrkdwn is, so a Teams card can mention them (or name them). */
export type PeopleBySlackId = ReadonlyMap<string, { name: string; teams?: string }>;

const TOKEN = /<@([A-Z0-9_]+)>|<#([A-Z0-9_]+)(?:\|([^>]*))?>|<(https?:\/\/[^|>]+)(?:\|([^>]*))?>|<!([a-z]+)>|\*([^*\n]+)\*|_([^_\n]+)_|`([^`\n]+)`|:([a-z_]+):/g;

/**
 * Slack mrkdwn that Steward's Slack builders wrote (escaped by escapeMrkdwn, markup only where the code
 * chose it) read back as neutral inline text: entities decoded, `*…*` strong, `_…_` emphasis, `` `…` ``
 * code, `<@U…>` a mention, `<#C…>` a channel, `<url|label>` a link, `:icon:` an icon. The transitional
 * bridge of ./message-from-slack-blocks.ts; it goes once the use cases return neutral messages.
 */
export function inlineFromMrkdwn(mrkdwn: string, people: PeopleBySlackId): Inline {
  const out: Inline[] = [];
  let at = 0;
  for (const match of mrkdwn.matchAll(TOKEN)) {
    if (match.index > at) out.push(decode(mrkdwn.slice(at, match.index)));
    at = match.index + match[0].length;
    const [, user, channel, channelName, url, label, special, strong, emphasis, code, icon] = match;
    if (user) out.push({ kind: "mention", person: mentionOf(user, people) });
    else if (channel) out.push({ kind: "channel", channel: { slack: channel }, ...(channelName ? { name: decode(channelName) } : {}) });
    else if (url) out.push({ kind: "link", url, label: label ? inlineFromMrkdwn(label, people) : url });
    else if (special) out.push(`@${special}`);
    else if (strong) out.push({ kind: "strong", content: inlineFromMrkdwn(strong, people) });
    else if (emphasis) out.push({ kind: "emphasis", content: inlineFromMrkdwn(emphasis, people) });
    else if (code) out.push({ kind: "code", text: decode(code) });
    else if (icon && icon in ICON_CHARACTERS) out.push({ kind: "icon", name: icon as IconName });
    else out.push(decode(match[0]));
  }
  if (at < mrkdwn.length) out.push(decode(mrkdwn.slice(at)));
  return out.length === 1 ? out[0]! : out;
}

function mentionOf(slackId: string, people: PeopleBySlackId): PersonMention {
  const person = people.get(slackId);
  return { name: person?.name ?? "someone", ids: { slack: slackId, ...(person?.teams ? { teams: person.teams } : {}) } };
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The Slack user ids rendered mrkdwn mentions, to look them up before reading it back. */
export function mentionedSlackIds(mrkdwn: string): string[] {
  return [...mrkdwn.matchAll(/<@([A-Z0-9_]+)>/g)].map((match) => match[1]!);
}
