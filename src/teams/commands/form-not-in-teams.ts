import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";

/** The answer to a subcommand that opens a form, until Teams dialogs are wired for it. */
export function formNotInTeams(command: string): Message {
  return noticeMessage([
    { kind: "code", text: command },
    " opens a form, and Teams dialogs are not wired yet: please use ",
    { kind: "code", text: `/${command}` },
    " in Slack or the console for now.",
  ]);
}
