import { healthOverview } from "../../app/health/health-overview.js";
import { listCustomers } from "../../app/health/list-customers.js";
import { openActionResult } from "../../app/health/open-action-result.js";
import { openAssessment } from "../../app/health/open-assessment.js";
import type { CustomerTarget } from "../../app/health/resolve-customer.js";
import { scoreCustomer } from "../../app/health/score-customer.js";
import { shareScore } from "../../app/health/share-score.js";
import { showCustomer } from "../../app/health/show-customer.js";
import { showImprovementActions } from "../../app/health/show-improvement-actions.js";
import type { HealthDeps } from "../../app/health/health-deps.js";
import { readCustomerButtonValue } from "../../domain/health/customer-button-value.js";
import { PICK_CUSTOMER_ACTION } from "../../domain/health/customer-choice-message.js";
import { TABLE_NEXT_ACTION, TABLE_PREVIOUS_ACTION } from "../../domain/health/customer-table-message.js";
import { SHARE_SCORE_ACTION } from "../../domain/health/health-report-message.js";
import { RECORD_RESULT_ACTION } from "../../domain/health/improvement-actions-message.js";
import { readActionValue } from "../../domain/health/read-action-value.js";
import { readTablePageState } from "../../domain/health/read-table-page-state.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { plainText } from "../../domain/messages/plain-text.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import type { TeamsActivity } from "../commands/teams-subcommand.js";
import { withoutSlash } from "../commands/without-slash.js";
import { actionResultLauncher } from "../health/action-result-launcher.js";
import { assessLauncher } from "../health/assess-launcher.js";
import type { TeamsDeps } from "../teams-deps.js";

/** A Teams press (Action.Execute: verb = action id, data.value = value) by someone on the roster. */
export interface TeamsPress {
  value: string;
  actor: RosterPerson;
  conversationId: string;
  deps: TeamsDeps;
}

/** What a press answers: a card to replace the pressed one, a message or Teams activity to post (with what the presser is told), or a short notice. */
export type PressAnswer = { replace: Message } | { post: Message } | { send: TeamsActivity; notice?: string } | { notice: string };

type PressHandler = (press: TeamsPress) => Promise<PressAnswer>;

/** What a "which one?" button repeats once the customer is known (as the Slack button does). */
const FOLLOW_UPS: Record<string, (deps: HealthDeps, input: { actor: RosterPerson; target: CustomerTarget; at?: string; now: Date }) => Promise<PressAnswer>> = {
  score: async (deps, input) => ({ post: await scoreCustomer(deps, input) }),
  show: async (deps, input) => ({ post: await showCustomer(deps, input) }),
  actions: async (deps, input) => ({ post: await showImprovementActions(deps, input) }),
  assess: async (deps, input) => {
    // A press answers with a message, not a dialog: the button that opens it, after the same checks.
    const opened = await openAssessment(deps, { ...input, canOpenForm: false });
    if ("reply" in opened) return { post: opened.reply };
    return "customer" in opened ? { send: assessLauncher(opened.customer) } : { notice: "Type the command again." };
  },
};

const pageTable: PressHandler = async ({ value, actor, deps }) => {
  const state = readTablePageState(value);
  if (!state) return { post: noticeMessage("That page is no longer available; type the command again.") };
  const now = deps.clock.now();
  return {
    replace:
      state.k === "list"
        ? await listCustomers(healthDepsOfTeams(deps), { actor, request: { filters: state.f, page: state.p }, now })
        : await healthOverview(healthDepsOfTeams(deps), { actor, page: state.p, now }),
  };
};

/**
 * "Record result" on an improvement action: the same checks as Slack's button (openActionResult). A press
 * cannot open a dialog in Teams, so someone who may record gets the launcher card whose button opens
 * the result dialog; anyone else, or a press on an action that has its result, gets the refusal alone.
 */
const recordResult: PressHandler = async ({ value, actor, deps }) => {
  const opened = await openActionResult(healthDepsOfTeams(deps), { actor, buttonValue: value });
  if ("reply" in opened) return { notice: plainText(withoutSlash(opened.reply).text) };
  return { send: actionResultLauncher(opened.form, readActionValue(opened.form.state)!), notice: "Open the result form with the button Steward just posted." };
};

/**
 * The health buttons Teams answers, by verb: share the score in the conversation, pick one of several
 * customers, page a table, record an action's result — the use cases the Slack buttons call, with the
 * same button values.
 */
export const healthPresses = new Map<string, PressHandler>([
  [
    SHARE_SCORE_ACTION,
    async ({ value, actor, deps }) => {
      const pressed = readCustomerButtonValue(value);
      const shared = await shareScore(healthDepsOfTeams(deps), { actor, customerId: pressed?.c ?? null, at: pressed?.at, now: deps.clock.now() });
      return { post: shared.shared ? shared.message : shared.reply };
    },
  ],
  [
    PICK_CUSTOMER_ACTION,
    async ({ value, actor, deps }) => {
      const pressed = readCustomerButtonValue(value);
      const followUp = pressed?.s ? FOLLOW_UPS[pressed.s] : undefined;
      // A value that is not ours is answered like a customer that is gone (after the roster check).
      return (followUp ?? FOLLOW_UPS.score!)(healthDepsOfTeams(deps), { actor, target: { id: followUp && pressed ? pressed.c : null }, at: pressed?.at, now: deps.clock.now() });
    },
  ],
  [TABLE_PREVIOUS_ACTION, pageTable],
  [TABLE_NEXT_ACTION, pageTable],
  [RECORD_RESULT_ACTION, recordResult],
]);
