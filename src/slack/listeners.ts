import type { AppDeps } from "./app-deps.js";
import { registerComplaintListeners } from "./complaints/actions/register-complaint-listeners.js";
import { registerReminderActions } from "./reminders/register-reminder-actions.js";
import { complaintSubcommands } from "./complaints/commands/complaint-subcommands.js";
import { registerHealthListeners } from "./health/actions/register-health-listeners.js";
import { customerSubcommands } from "./health/commands/customer-subcommands.js";
import { routeSlashCommand } from "./commands/route-slash-command.js";
import { registerClockListeners } from "./complaints/register-clock-listeners.js";
import { appHomeOpened } from "./events/app-home-opened.js";
import type { Registrar } from "./registrar.js";
import type { ViewSeal } from "./views/view-seal.js";

/** Every listener of the app. Each capability adds its one `register…(registrar, deps)` line here. */
export function registerListeners(registrar: Registrar, deps: AppDeps, seal: ViewSeal): void {
  registrar.command("/customer", routeSlashCommand("/customer", customerSubcommands, deps, seal));
  registrar.command("/complaint", routeSlashCommand("/complaint", complaintSubcommands, deps, seal));
  registrar.event("app_home_opened", appHomeOpened(deps));
  registerReminderActions(registrar, deps);
  registerHealthListeners(registrar, deps);
  registerComplaintListeners(registrar, deps, seal);
  registerClockListeners(registrar, deps, seal);
}
