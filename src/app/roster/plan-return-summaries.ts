import { addressOf } from "../../domain/roster/address-of.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { findKnownKeys } from "../../db/deliveries/find-known-keys.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { loadCustomersWhileAway } from "../../db/roster/load-customers-while-away.js";
import { loadAbsentPeople } from "../../db/roster/load-absent-people.js";
import { addDays } from "../../domain/calendar/add-days.js";
import type { Message } from "../../domain/messages/message.js";
import { returnSummariesDue } from "../../domain/roster/absence/return-summaries-due.js";
import { returnSummaryMessage } from "../../domain/roster/absence/return-summary-message.js";

export interface ReturnSummary {
  key: string;
  recipient: string;
  dueAt: Date;
  message: Message;
}

/**
 * The return summaries that have come due at `now` and are not in the ledger yet, each built from what
 * happened to the person's customers from their first day away until the return moment.
 */
export async function planReturnSummaries(db: Database, settings: TeamSettings, now: Date): Promise<ReturnSummary[]> {
  const { catchUpDays, digestTime } = settings.reminders;
  // Ended within the catch-up window (plus a holiday week between the last day and the first working day back).
  const absences = await loadAbsences(db.prisma, addDays(now.toISOString().slice(0, 10), -(catchUpDays + 14)));
  if (absences.length === 0) return [];
  const people = await loadAbsentPeople(db.prisma, absences.map((a) => a.personId), settings.calendar.timeZone);
  const due = returnSummariesDue(absences, people, now, settings.calendar, digestTime, catchUpDays);
  const known = await findKnownKeys(db, due.map((d) => d.key));
  const summaries: ReturnSummary[] = [];
  for (const item of due.filter((d) => !known.has(d.key))) {
    const customers = await loadCustomersWhileAway(db, item.person.id, addressOf(item.person) ?? "", item.awayFrom, item.back);
    const message = returnSummaryMessage({ name: item.person.name, from: item.firstDay, to: item.absence.to, customers });
    summaries.push({ key: item.key, recipient: addressOf(item.person)!, dueAt: item.back, message });
  }
  return summaries;
}
