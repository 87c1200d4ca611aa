import type { PersonMention } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";

/** A roster person in mrkdwn: a Slack mention when they have a Slack identity, else their name. */
export function mentionPerson(person: PersonMention): string {
  return person.ids.slack ? `<@${person.ids.slack}>` : escapeMrkdwn(person.name);
}
