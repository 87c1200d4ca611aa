import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import { snoozeReminderItem } from "../../../db/reminders/snooze-reminder-item.js";
import { nextWorkingMoment } from "../../../domain/calendar/next-working-moment.js";
import { formatLocalMoment } from "../../../domain/reminders/format-local-moment.js";
import { mayActOnReminder } from "../../../domain/reminders/may-act-on-reminder.js";
import type { AppDeps } from "../../app-deps.js";
import { identifyPresser } from "./identify-presser.js";
import { unchangedReminderAnswer } from "./unchanged-reminder-answer.js";
import { readReminderButtonValue } from "./reminder-button-value.js";
import { updateDigestItem } from "./update-digest-item.js";

const DAY_MS = 86_400_000;

/** Snooze 1 day / 1 week: the item comes back then (the next working moment in the presser's zone). */
export function reminderSnoozeAction(deps: AppDeps) {
  return async (args: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await args.ack();
    const value = readReminderButtonValue(args.action);
    const days = value?.d;
    if (!value || !days || !deps.settings.reminders.snoozeDays.includes(days)) return;
    const userId = args.body.user.id;
    const now = deps.clock.now();
    const { person: presser, zone } = await identifyPresser(deps, userId);
    const until = nextWorkingMoment(new Date(now.getTime() + days * DAY_MS), zone, deps.settings.calendar);
    const result = await snoozeReminderItem(deps.db, value.k, userId, until, now, (recipient) => mayActOnReminder(presser, recipient));
    if (result.outcome !== "snoozed") {
      await args.respond({ response_type: "ephemeral", replace_original: false, text: unchangedReminderAnswer(result, presser, zone, "nothing to snooze") });
      return;
    }
    await updateDigestItem(args, value.k, `:zzz: Snoozed by <@${userId}> until ${formatLocalMoment(until, zone)}.`);
  };
}
