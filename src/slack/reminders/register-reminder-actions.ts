import type { AppDeps } from "../app-deps.js";
import { REMINDER_ACTIONS } from "../../domain/reminders/reminder-actions.js";
import type { Registrar } from "../registrar.js";
import { guardPress } from "../actions/guard-press.js";
import { reminderDoneAction } from "./reminder-done-action.js";
import { reminderOpenAction } from "./reminder-open-action.js";
import { reminderSnoozeAction } from "./reminder-snooze-action.js";

/** The buttons on reminder digests: Done, Snooze, Open, each answered even when the database is away. (Bolt types action listeners by payload kind; these are block actions.) */
export function registerReminderActions(registrar: Registrar, deps: AppDeps): void {
  registrar.action(REMINDER_ACTIONS.done, guardPress(deps, reminderDoneAction(deps)) as never);
  registrar.action(REMINDER_ACTIONS.snooze, guardPress(deps, reminderSnoozeAction(deps)) as never);
  registrar.action(REMINDER_ACTIONS.open, guardPress(deps, reminderOpenAction(deps)) as never);
}
