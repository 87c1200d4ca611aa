import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { findActor } from "../../app/roster/find-actor.js";
import { commandHelpMessage } from "../../domain/messages/command-help-message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { quotedText } from "../../domain/messages/quoted-text.js";
import type { AppDeps } from "../app-deps.js";
import { renderMessage } from "../render/render-message.js";
import { checkCommandText } from "../../domain/messages/check-command-text.js";
import type { Subcommand } from "./subcommand.js";
import type { ViewSeal } from "../views/view-seal.js";

/**
 * The listener of one slash command: acknowledges at once (Slack allows 3 s), then finds the
 * subcommand and lets it answer through `respond`. Unknown or missing subcommands get the help.
 */
export function routeSlashCommand(command: string, subcommands: Subcommand[], deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, command: payload, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const text = payload.text ?? "";
    const problem = checkCommandText(command, text);
    if (problem) {
      await respond({ response_type: "ephemeral", ...renderMessage(noticeMessage(quotedText(problem))) });
      return;
    }
    const [name = "", ...rest] = text.trim().split(/\s+/);
    const subcommand = subcommands.find((sub) => sub.name === name.toLowerCase());
    if (!subcommand) {
      const unknown = name && name.toLowerCase() !== "help" ? name : undefined;
      await respond({ response_type: "ephemeral", ...renderMessage(commandHelpMessage(command, subcommands, unknown)) });
      return;
    }
    try {
      const actor = await findActor(deps.db, "slack", payload.user_id);
      await subcommand.run({ args: rest.join(" "), command: payload, respond, client, deps, actor, seal });
    } catch (error) {
      deps.logger.error(`${command} ${name} failed`, error);
      const message = noticeMessage(["Sorry — ", { kind: "code", text: `${command} ${name}` }, " failed on our side and changed nothing. Please try again; if it keeps failing, tell your Steward admin."]);
      await respond({ response_type: "ephemeral", ...renderMessage(message) });
    }
  };
}
