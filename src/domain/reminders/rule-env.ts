import type { CalendarSettings } from "../calendar/calendar-settings.js";
import type { LocalDate } from "../calendar/local-date.js";
import { candidateYears } from "./candidate-years.js";
import { localToday } from "./local-today.js";
import type { ReminderFacts, PersonFacts, CustomerFacts } from "./reminder-facts.js";
import type { ReminderSettings } from "./reminder-settings.js";

/** Everything a rule needs besides the facts: the moment, the settings, and look-ups into the facts. */
export interface RuleEnv {
  now: Date;
  calendar: CalendarSettings;
  reminders: ReminderSettings;
  facts: ReminderFacts;
  person(id: number | null): PersonFacts | undefined;
  /** The date a person in `zone` sees at `now` (remembered per zone: the rules ask it once per customer). */
  today(zone: string): LocalDate;
  /** The years whose yearly dates (birthdays, anniversaries) can matter to a person in `zone` (see candidateYears). */
  candidateYears(zone: string): readonly number[];
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
  const todays = new Map<string, LocalDate>();
  const years = new Map<string, readonly number[]>();
  const today = (zone: string): LocalDate => {
    let date = todays.get(zone);
    if (date === undefined) {
      date = localToday(now, zone);
      todays.set(zone, date);
    }
    return date;
  };
  return {
    inWindow: (sendAt) => sendAt.getTime() <= nowMs && sendAt.getTime() > lookbackFrom,
    now,
    calendar,
    reminders,
    facts,
    person: (id) => (id === null ? undefined : people.get(id)),
    today,
    candidateYears: (zone) => {
      let list = years.get(zone);
      if (list === undefined) {
        list = candidateYears(today(zone), reminders.missedLookbackDays);
        years.set(zone, list);
      }
      return list;
    },
    customer: (id) => customers.get(id),
  };
}
