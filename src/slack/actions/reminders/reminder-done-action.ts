import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { completeReminderItem } from "../../../db/reminders/complete-reminder-item.js";
import { formatLocalMoment } from "../../../domain/reminders/format-local-moment.js";
import { mayActOnReminder } from "../../../domain/reminders/may-act-on-reminder.js";
import type { AppDeps } from "../../app-deps.js";
import { readReminderButtonValue } from "./reminder-button-value.js";
import { updateDigestItem } from "./update-digest-item.js";
import { identifyPresser } from "./identify-presser.js";
import { unchangedReminderAnswer } from "./unchanged-reminder-answer.js";

/**
 * Done: recorded once, attributed to the presser; logs the interaction or completes the action. Works
 * from any replica and after restarts: everything it needs is in the button's value and the database.
 */
export function reminderDoneAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const value = readReminderButtonValue(args.action);
    if (!value) return;
    const userId = args.body.user.id;
    const now = deps.clock.now();
    const { person: presser, zone } = await identifyPresser(deps, userId);
    const result = await completeReminderItem(deps.db, value.k, userId, now, (recipient) => mayActOnReminder(presser, recipient));
    if (result.outcome !== "done") {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: unchangedReminderAnswer(result, presser, zone, "nothing changed") });
      return;
    }
    await updateDigestItem(args, value.k, `:white_check_mark: Done by <@${userId}> at ${formatLocalMoment(now, zone)} (${result.effect}).`);
  };
}
