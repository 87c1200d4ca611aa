import { ACTIONS_USAGE } from "../health/show-improvement-actions.js";
import { ASSESS_USAGE } from "../health/open-assessment.js";
import { LIST_USAGE } from "../health/list-customers.js";
import { SCORE_USAGE } from "../health/score-customer.js";
import { SHOW_USAGE } from "../health/show-customer.js";
import type { CommandEntry } from "../../domain/messages/command-help-message.js";

/** One subcommand as every platform offers it: its name, how it is typed, what it does. */
export interface CatalogueEntry extends CommandEntry {
  name: string;
}

/**
 * The `/customer` and `/complaint` subcommands, in the order the help lists them: one list for Slack's
 * router, help and Home tab and for Teams' router, help and app manifest, so both platforms offer the
 * same commands. Usage is written as Slack's slash commands (Teams drops the slash when it shows them).
 */
export const COMMAND_CATALOGUE = {
  customer: [
    { name: "score", usage: SCORE_USAGE, summary: "the health score with the evidence behind each dimension, the trend and what to do next" },
    { name: "show", usage: SHOW_USAGE, summary: "facts, owner, tier, contacts, last interactions, open complaints and the last score" },
    { name: "list", usage: LIST_USAGE, summary: "the customers you may see, best score first, filtered by grade, owner or tier" },
    { name: "health", usage: "/customer health", summary: "the monthly health table of high-value customers, worst first, with the change since last month" },
    { name: "assess", usage: ASSESS_USAGE, summary: "record an assessment: needs fit, overrides with reasons, key problems, improvement actions" },
    { name: "actions", usage: ACTIONS_USAGE, summary: "the improvement actions of a customer; owners record each action's result" },
    {
      name: "away",
      usage: "/customer away [@person] [YYYY-MM-DD..YYYY-MM-DD [deputy @x]] | cancel [@person]",
      summary: "mark yourself away (admins: someone else), list your absences, or cancel one; reminders go to your deputy",
    },
    {
      name: "deputy",
      usage: "/customer deputy <customer key> @person|none",
      summary: "name the customer's deputy owner, who gets the owner's reminders while the owner is away (owner, department head, admin)",
    },
  ],
  complaint: [
    { name: "new", usage: "/complaint new [customer]", summary: "file a complaint (a form: customer, class, category, description, departments)" },
    {
      name: "list",
      usage: "/complaint list [open|mine|overdue|all] [customer]",
      summary: "cases not closed yet (default), yours, those past an SLA deadline, or all — optionally of one customer",
    },
    { name: "show", usage: "/complaint show <id>", summary: "a case with its timeline: every step, who, when, and the archived conversation" },
    {
      name: "report",
      usage: "/complaint report [YYYY-MM]",
      summary: "a month's complaints: categories, classes, resolution and repeat rates, SLA compliance, medians, top customers (default: last month)",
    },
    {
      name: "oncall",
      usage: "/complaint oncall [override @who YYYY-MM-DD..YYYY-MM-DD for @whom]",
      summary: "who is on call for each tier now and next; department heads and admins: who covers for whom",
    },
  ],
} as const satisfies Record<string, readonly CatalogueEntry[]>;

export type CommandFamily = keyof typeof COMMAND_CATALOGUE;

/** The subcommand names of one family, e.g. `"score" | "show" | …` for `customer`. */
export type SubcommandName<F extends CommandFamily> = (typeof COMMAND_CATALOGUE)[F][number]["name"];
