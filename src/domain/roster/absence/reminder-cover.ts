import { addressOf } from "../address-of.js";
import type { CalendarSettings } from "../../calendar/calendar-settings.js";
import { nextWorkingMoment } from "../../calendar/next-working-moment.js";
import type { Absence, AbsentPerson } from "./absence.js";
import { absenceAt } from "./absence-at.js";
import { returnMoment } from "./return-moment.js";

/** What the cover rules read besides the items: people (zones resolved), absences, customers' deputy owners. */
export interface CoverFacts {
  people: ReadonlyMap<number, AbsentPerson>;
  absences: readonly Absence[];
  /** Customers with a deputy owner: customer id → owner and deputy owner. */
  deputyOwners: ReadonlyMap<number, { ownerId: number | null; deputyOwnerId: number }>;
}

/**
 * Where one reminder goes while its person is away:
 * - `self`: they are not away (or the item goes to a channel) — unchanged;
 * - `deputy`: to the customer's deputy owner (when the away person owns the customer), else to the
 *   absence's deputy — whoever of them is not away themselves — at the first moment within the
 *   deputy's working hours, so it joins the deputy's own digest instead of waking them;
 * - `held`: nobody covers, so it waits for the person's return (the morning digest of their first
 *   working day back), still addressed to them. Chosen over dropping it: a reminder is a promise.
 */
export type ReminderCover =
  | { kind: "self" }
  | { kind: "deputy"; deputy: AbsentPerson; coveringFor: AbsentPerson; deliverAt: Date }
  | { kind: "held"; person: AbsentPerson; deliverAt: Date };

export function reminderCover(
  item: { personId: number; recipient: string; customerId: number | null; deliverAt: Date },
  facts: CoverFacts,
  calendar: CalendarSettings,
  digestTime: string,
): ReminderCover {
  const person = facts.people.get(item.personId);
  // Items routed to a team channel are nobody's to cover.
  if (!person || addressOf(person) !== item.recipient) return { kind: "self" };
  const absence = absenceAt(person, facts.absences, item.deliverAt);
  if (!absence) return { kind: "self" };
  const deputyOwner = item.customerId === null ? undefined : facts.deputyOwners.get(item.customerId);
  const candidates = [deputyOwner && deputyOwner.ownerId === person.id ? deputyOwner.deputyOwnerId : null, absence.deputyId];
  for (const id of candidates) {
    const deputy = id === null || id === person.id ? undefined : facts.people.get(id);
    if (!deputy || absenceAt(deputy, facts.absences, item.deliverAt)) continue;
    return { kind: "deputy", deputy, coveringFor: person, deliverAt: nextWorkingMoment(item.deliverAt, deputy.timeZone, calendar) };
  }
  return { kind: "held", person, deliverAt: returnMoment(absence, facts.absences, person.timeZone, calendar, digestTime) };
}
