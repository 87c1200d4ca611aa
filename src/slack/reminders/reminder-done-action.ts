import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { completeReminder } from "../../app/reminders/complete-reminder.js";
import { formatTime } from "../../domain/calendar/format-time.js";
import type { AppDeps } from "../app-deps.js";
import { readReminderButtonValue } from "./reminder-button-value.js";
import { updateDigestItem } from "./update-digest-item.js";
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
    const { result, presser } = await completeReminder(deps.db, deps.settings, { presser: { platform: "slack", id: userId }, itemKey: value.k }, now);
    const { person, zone } = presser;
    if (result.outcome !== "done") {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: unchangedReminderAnswer(result, person, zone, "nothing changed") });
      return;
    }
    await updateDigestItem(args, value.k, `:white_check_mark: Done by <@${userId}> at ${formatTime(now, zone, "moment")} (${result.effect}).`);
  };
}
