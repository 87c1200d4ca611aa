import type { CliCommandEntry } from "./cli-command.js";

/**
 * Every `steward <command>`, in the order `steward --help` lists them. A command's code is imported
 * only when it runs, so a long-running `steward start` does not hold the importer or the reports.
 */
export const cliCommands: CliCommandEntry[] = [
  {
    name: "start",
    summary: "run the bot and its scheduler (the local console without Slack credentials)",
    load: async () => (await import("./commands/start-command.js")).startCommand,
  },
  {
    name: "migrate",
    summary: "apply database migrations",
    load: async () => (await import("./commands/migrate-command.js")).migrateCommand,
  },
  {
    name: "import",
    summary: "import roster data from CSV (a file or a folder)",
    load: async () => (await import("./commands/import-command.js")).importCommand,
  },
  {
    name: "reminders",
    summary: "what reminders are due (without sending) and what was sent",
    load: async () => (await import("./commands/reminders-command.js")).remindersCommand,
  },
  {
    name: "score",
    summary: "a customer's health score with its evidence (or --all customers)",
    load: async () => (await import("./commands/score-command.js")).scoreCommand,
  },
  {
    name: "teams",
    summary: "write the Microsoft Teams app package (teams package)",
    load: async () => (await import("./commands/teams-command.js")).teamsCommand,
  },
];
