import { showCustomer } from "../../app/health/show-customer.js";
import { completeReminder } from "../../app/reminders/complete-reminder.js";
import { findReminderCustomer } from "../../app/reminders/find-reminder-customer.js";
import { settledDigest } from "../../app/reminders/settled-digest.js";
import { snoozeReminder } from "../../app/reminders/snooze-reminder.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { REMINDER_ACTIONS } from "../../domain/reminders/reminder-actions.js";
import { readReminderValue } from "../../domain/reminders/read-reminder-value.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import { healthDepsOfTeams } from "../commands/health-deps-of-teams.js";
import type { AdaptiveCard } from "../render/adaptive-card.js";
import { renderCard } from "../render/render-card.js";
import type { TeamsDeps } from "../teams-deps.js";

/** The verbs of a digest's reminder controls, as Teams sends them (Action.Execute). */
export const REMINDER_VERBS: readonly string[] = [REMINDER_ACTIONS.done, REMINDER_ACTIONS.snooze, REMINDER_ACTIONS.open];

export type ReminderPressAnswer = { kind: "card"; card: AdaptiveCard } | { kind: "post"; message: Message } | { kind: "notice"; text: string };

const OUT_OF_DATE = "This button is out of date; nothing was changed.";

/**
 * A reminder control pressed in Teams: Done and Snooze call the same use cases as in Slack, with the
 * presser's Teams identity — only the recipient (or an admin) may, and it is recorded once. The answer
 * redraws the pressed digest in place (the Action.Execute response), the item showing who did what; a
 * press arriving twice (a retry, another copy of the card) changes nothing more and redraws the same.
 * A refusal is the invoke's answer, shown to the presser alone. Open posts the customer card.
 */
export async function pressReminderButton(input: {
  deps: TeamsDeps;
  verb: string;
  /** The presser's Teams identity as the roster knows it. */
  teamsUserId: string;
  actor: RosterPerson | null;
  data: Record<string, unknown>;
  /** The message the pressed card is (its conversation and activity id), when Teams says. */
  pressed: { conversation: string; id: string } | null;
}): Promise<ReminderPressAnswer> {
  const { deps, data } = input;
  const now = deps.clock.now();
  const presser = { platform: "teams" as const, id: input.teamsUserId };
  // A choice's Action.Execute names its input; the picked option's value is that input's answer.
  const raw = typeof data.input === "string" ? data[data.input] : data.value;
  // A choice pressed without picking one of its options (Teams sends the input empty): say what to do.
  if (typeof data.input === "string" && (raw === undefined || raw === "")) return { kind: "notice", text: "Pick how long first (1 day or 1 week), then press the button again. Nothing was changed." };
  const value = readReminderValue(typeof raw === "string" ? raw : undefined);
  if (!value) return { kind: "notice", text: OUT_OF_DATE };
  const redraw = async (zone: string, fallback: string): Promise<ReminderPressAnswer> => {
    const digest = await settledDigest(deps.db, { at: input.pressed ? { platform: "teams", ...input.pressed } : null, itemKey: value.k, zone });
    return digest ? { kind: "card", card: renderCard(digest).card } : { kind: "notice", text: fallback };
  };
  switch (input.verb) {
    case REMINDER_ACTIONS.done: {
      const { result, presser: who } = await completeReminder(deps.db, deps.settings, { presser, itemKey: value.k }, now);
      if (result.outcome === "done") return redraw(who.zone, `Done (${result.effect}).`);
      if (result.outcome === "already-done") return redraw(who.zone, "This reminder was done already; nothing more was changed.");
      return { kind: "notice", text: refusal(result.outcome, who.person) };
    }
    case REMINDER_ACTIONS.snooze: {
      const snoozed = value.d ? await snoozeReminder(deps.db, deps.settings, { presser, itemKey: value.k, days: value.d }, now) : null;
      if (!snoozed) return { kind: "notice", text: OUT_OF_DATE };
      const { result, presser: who } = snoozed;
      if (result.outcome === "snoozed" || result.outcome === "already-snoozed" || result.outcome === "already-done") {
        return redraw(who.zone, result.outcome === "snoozed" ? "Snoozed." : "This reminder was dealt with already; nothing more was changed.");
      }
      return { kind: "notice", text: refusal(result.outcome, who.person) };
    }
    case REMINDER_ACTIONS.open: {
      const customer = value.c ? await findReminderCustomer(deps.db, value.c) : null;
      if (!customer) return { kind: "post", message: noticeMessage(`Customer ${value.c ?? ""} no longer exists.`) };
      return { kind: "post", message: await showCustomer(healthDepsOfTeams(deps), { actor: input.actor, target: { id: customer.id }, now }) };
    }
    default:
      return { kind: "notice", text: OUT_OF_DATE };
  }
}

function refusal(outcome: "not-allowed" | "unknown-item", person: RosterPerson | null): string {
  if (outcome === "unknown-item") return "This reminder is no longer known to Steward; nothing was changed.";
  return person
    ? "This reminder was sent to someone else; only they or an admin can act on it. Nothing was changed."
    : "Only people on Steward's roster can act on reminders — ask your Steward admin to add you. Nothing was changed.";
}
