import type { Message } from "../../domain/messages/message.js";

/**
 * A use case's answer as Teams users type commands: without Slack's slash (`/customer score ACME` →
 * `customer score ACME`) in every text of the message. The use cases word usage for the slash commands.
 */
export function withoutSlash(message: Message): Message {
  return JSON.parse(JSON.stringify(message).replace(/(^|[\s`("]|\\n)\/(customer|complaint)\b/g, "$1$2")) as Message;
}
