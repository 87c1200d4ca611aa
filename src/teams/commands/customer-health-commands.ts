import { healthOverview } from "../../app/health/health-overview.js";
import { openAssessment } from "../../app/health/open-assessment.js";
import { listCustomers } from "../../app/health/list-customers.js";
import { scoreCustomer } from "../../app/health/score-customer.js";
import { showCustomer } from "../../app/health/show-customer.js";
import { showImprovementActions } from "../../app/health/show-improvement-actions.js";
import { assessLauncher } from "../health/assess-launcher.js";
import { healthDepsOfTeams } from "./health-deps-of-teams.js";
import type { TeamsSubcommandRun } from "./teams-subcommand.js";

/**
 * `customer score|show|list|health|actions` typed in Teams: the health use cases the slash commands
 * call, with the same inputs (the typed text is the target; the use cases parse it). `assess` checks
 * the customer and the assessor as in Slack, then answers with the button that opens its dialog.
 */
export const customerHealthCommands: Record<string, TeamsSubcommandRun> = {
  score: async ({ args, actor, deps }) => [await scoreCustomer(healthDepsOfTeams(deps), { actor, target: { typed: args }, now: deps.clock.now() })],
  show: async ({ args, actor, deps }) => [await showCustomer(healthDepsOfTeams(deps), { actor, target: { typed: args }, now: deps.clock.now() })],
  list: async ({ args, actor, deps }) => [await listCustomers(healthDepsOfTeams(deps), { actor, request: { typed: args }, now: deps.clock.now() })],
  health: async ({ args, actor, deps }) => [await healthOverview(healthDepsOfTeams(deps), { actor, typed: args, page: 0, now: deps.clock.now() })],
  assess: async ({ args, actor, conversationId, deps }) => {
    // A message cannot open a dialog: after the same checks as in Slack, a button that opens it.
    const opened = await openAssessment(healthDepsOfTeams(deps), { actor, target: { typed: args }, canOpenForm: false, channelId: conversationId, now: deps.clock.now() });
    if ("reply" in opened) return [opened.reply];
    return "customer" in opened ? [assessLauncher(opened.customer)] : [];
  },
  actions: async ({ args, actor, deps }) => [await showImprovementActions(healthDepsOfTeams(deps), { actor, target: { typed: args }, now: deps.clock.now() })],
};
