import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { snoozeReminder } from "../../app/reminders/snooze-reminder.js";
import { formatTime } from "../../domain/calendar/format-time.js";
import type { AppDeps } from "../app-deps.js";
import { unchangedReminderAnswer } from "./unchanged-reminder-answer.js";
import { readReminderButtonValue } from "./reminder-button-value.js";
import { updateDigestItem } from "./update-digest-item.js";

/** Snooze 1 day / 1 week: the item comes back then (the next working moment in the presser's zone). */
export function reminderSnoozeAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const value = readReminderButtonValue(args.action);
    const days = value?.d;
    if (!value || !days) return;
    const userId = args.body.user.id;
    const snoozed = await snoozeReminder(deps.db, deps.settings, { presser: { platform: "slack", id: userId }, itemKey: value.k, days }, deps.clock.now());
    if (!snoozed) return;
    const { result, presser } = snoozed;
    const zone = presser.zone;
    if (result.outcome !== "snoozed") {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: unchangedReminderAnswer(result, presser.person, zone, "nothing to snooze") });
      return;
    }
    await updateDigestItem(args, value.k, `:zzz: Snoozed by <@${userId}> until ${formatTime(result.until, zone, "moment")}.`);
  };
}
