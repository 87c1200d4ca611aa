import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { ReminderFacts, PersonFacts, CustomerFacts } from "./reminder-facts.js";
import type { ReminderSettings } from "./reminder-settings.js";

/** Everything a rule needs besides the facts: the moment, the settings, and look-ups into the facts. */
export interface RuleEnv {
  now: Date;
  calendar: CalendarSettings;
  reminders: ReminderSettings;
  facts: ReminderFacts;
  person(id: number | null): PersonFacts | undefined;
  /** Whether a send moment is within what this evaluation looks at (the look-back window up to now): rules skip the rest early. */
  inWindow(sendAt: Date): boolean;
  customer(id: number): CustomerFacts | undefined;
}

export function createRuleEnv(
  facts: ReminderFacts,
  now: Date,
  calendar: CalendarSettings,
  reminders: ReminderSettings,
): RuleEnv {
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const customers = new Map(facts.customers.map((c) => [c.id, c]));
  const nowMs = now.getTime();
  const lookbackFrom = nowMs - reminders.missedLookbackDays * 86_400_000;
  return {
    inWindow: (sendAt) => sendAt.getTime() <= nowMs && sendAt.getTime() > lookbackFrom,
    now,
    calendar,
    reminders,
    facts,
    person: (id) => (id === null ? undefined : people.get(id)),
    customer: (id) => customers.get(id),
  };
}
