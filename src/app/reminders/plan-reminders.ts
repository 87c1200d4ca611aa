import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { loadLastEvaluation } from "../../db/reminders/load-last-evaluation.js";
import { loadReminderFacts } from "../../db/reminders/load-reminder-facts.js";
import { resolveTimeZone } from "../../domain/calendar/resolve-time-zone.js";
import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";
import { computeDueItems, type DueTiming } from "../../domain/reminders/compute-due-items.js";
import type { DueItem } from "../../domain/reminders/due-item.js";
import { formatTime } from "../../domain/calendar/format-time.js";
import { reminderItemMessage } from "../../domain/reminders/reminder-item-message.js";
import { addDays } from "../../domain/calendar/add-days.js";
import { coverAwayReminders } from "../../domain/roster/absence/cover-away-reminders.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { loadDeputyOwners } from "../../db/roster/load-deputy-owners.js";
import { addressOf } from "../../domain/roster/address-of.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";

export interface ReminderPlan {
  due: Array<DueItem & DueTiming>;
  /** Came due longer ago than the catch-up window: to be logged as skipped. */
  missed: DueItem[];
  /** The rules never ran on this roster before (a first start): see DueItemsAt. */
  firstEvaluation: boolean;
  problems: string[];
  /** The ledger request (with its neutral message) for an item; built only for what is enqueued or printed. */
  toRequest(item: DueItem, timing: DueTiming): DeliveryRequest;
}

/**
 * Looks up a person's time zone in their chat profile, given who they are on each platform: the caller
 * asks the platforms they have an identity on (null when none knows it).
 */
export type TimeZoneLookup = (ids: PlatformIdentities) => Promise<string | null>;

/**
 * Everything the reminder rules find due at `now` (the reminders job enqueues them as ledger requests,
 * one digest item each; `steward reminders due` prints them).
 */
export async function planReminders(db: Database, settings: TeamSettings, now: Date, lookupZone?: TimeZoneLookup): Promise<ReminderPlan> {
  const [stored, lastEvaluatedAt] = await Promise.all([loadReminderFacts(db, now, settings.reminders), loadLastEvaluation(db)]);
  const problems: string[] = [];
  // Hundreds of people share a few zones, and checking a zone name builds an Intl formatter: once per pair.
  const resolved = new Map<string, ReturnType<typeof resolveTimeZone>>();
  // Each person's reminders go to one address, on their preferred platform (addressOf); someone with
  // no identity at all cannot be reached and gets none.
  const reachable = stored.people.flatMap((person) => {
    const address = addressOf(person);
    return address ? [{ ...person, address }] : [];
  });
  const people = await Promise.all(
    reachable.map(async ({ ids, preferredPlatform, ...person }) => {
      // The roster's zone wins; without one, the person's chat profile tells it, else the team's applies.
      const fromProfile = !person.timeZone && lookupZone ? await lookupZone(ids).catch(() => null) : null;
      const pair = `${person.timeZone ?? ""}\n${fromProfile ?? ""}`;
      let resolution = resolved.get(pair);
      if (!resolution) {
        resolution = resolveTimeZone(person.timeZone, fromProfile, settings.calendar.timeZone);
        resolved.set(pair, resolution);
      }
      const { zone, problem } = resolution;
      if (problem) problems.push(`person ${person.name} (${person.address}): ${problem} — using ${zone}`);
      return { ...person, ids, preferredPlatform, timeZone: zone };
    }),
  );
  const result = computeDueItems({ ...stored, people: people.map(({ id, address, name, timeZone }) => ({ id, address, name, timeZone })) }, now, settings.calendar, settings.reminders, lastEvaluatedAt);
  // Away people's items go to a deputy or wait for their return; two days back covers every zone's today.
  const [absences, deputyOwners] = await Promise.all([loadAbsences(db.prisma, addDays(now.toISOString().slice(0, 10), -2)), loadDeputyOwners(db.prisma)]);
  const due = coverAwayReminders(result.due, { people: new Map(people.map((p) => [p.id, p])), absences, deputyOwners }, settings.calendar, settings.reminders.digestTime);
  const toRequest = (item: DueItem, { late, deliverAt }: DueTiming): DeliveryRequest => ({
    key: item.key,
    rule: item.rule,
    customerId: item.customer?.id,
    recipient: item.recipient,
    dueAt: deliverAt,
    late,
    payload: {
      message: reminderItemMessage(
        { key: item.key, text: item.text, detail: item.detail, customerKey: item.customer?.key ?? null, snoozeDays: settings.reminders.snoozeDays },
        late ? { kind: "late", wasDue: formatTime(item.sendAt, item.timeZone, "moment") } : undefined,
      ),
      digest: { itemKey: item.key, urgency: item.urgency, customerId: item.customer?.id, done: item.done },
    },
  });
  return { due, missed: result.missed, firstEvaluation: result.firstEvaluation, problems: [...problems, ...result.problems], toRequest };
}
