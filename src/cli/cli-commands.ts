import type { CliCommand } from "./cli-command.js";
import { importCommand } from "./commands/import-command.js";
import { migrateCommand } from "./commands/migrate-command.js";
import { remindersCommand } from "./commands/reminders-command.js";
import { scoreCommand } from "./commands/score-command.js";
import { startCommand } from "./commands/start-command.js";

/** Every `steward <command>`, in the order `steward --help` lists them. */
export const cliCommands: CliCommand[] = [startCommand, migrateCommand, importCommand, remindersCommand, scoreCommand];
