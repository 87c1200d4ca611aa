import { addressOf } from "../address-of.js";
import type { CalendarSettings } from "../../calendar/calendar-settings.js";
import type { DueTiming } from "../../reminders/compute-due-items.js";
import type { DueItem } from "../../reminders/due-item.js";
import { type CoverFacts, reminderCover } from "./reminder-cover.js";

/**
 * The due reminders with every away person's items re-addressed (see `reminderCover`): a deputy's copy
 * keeps its key, so it is delivered once, in the deputy's digest with their own items, and says whose
 * it is ("covering for Lukas"); a held item keeps its recipient and waits for their return.
 */
export function coverAwayReminders<I extends DueItem & DueTiming>(items: I[], facts: CoverFacts, calendar: CalendarSettings, digestTime: string): I[] {
  if (facts.absences.length === 0) return items;
  // A roster evaluates 100k items and few people are away: only theirs are looked at in their zone.
  const absent = new Set(facts.absences.map((absence) => absence.personId));
  return items.map((item) => {
    if (!absent.has(item.personId)) return item;
    const cover = reminderCover({ personId: item.personId, recipient: item.recipient, customerId: item.customer?.id ?? null, deliverAt: item.deliverAt }, facts, calendar, digestTime);
    if (cover.kind === "self") return item;
    if (cover.kind === "held") return { ...item, late: false, deliverAt: cover.deliverAt, text: [item.text, " ", { kind: "emphasis", content: "(came due while you were away)" }] };
    return { ...item, recipient: addressOf(cover.deputy) ?? item.recipient, deliverAt: cover.deliverAt, text: [item.text, " ", { kind: "emphasis", content: `(covering for ${cover.coveringFor.name})` }] };
  });
}
