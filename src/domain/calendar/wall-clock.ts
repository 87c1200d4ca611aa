import { dateOfDayNumber } from "./day-number.js";
import type { LocalDate } from "./local-date.js";

/** What a wall clock in some zone shows at an instant. */
export interface WallClock {
  date: LocalDate;
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay: number;
  /** The zone's offset from UTC at that instant, in minutes (Berlin in summer: 120). */
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

const QUARTER_HOUR_MS = 900_000;
const offsets = new Map<string, number>();

/**
 * The wall clock in IANA `zone` at `instant` (throws RangeError on an unknown zone). Offsets change
 * only on quarter-hour boundaries, so one Intl look-up per zone and quarter hour serves every instant
 * in it: the reminder rules ask this hundreds of thousands of times per evaluation.
 */
export function wallClock(instant: Date, zone: string): WallClock {
  const ms = instant.getTime();
  const bucket = `${zone}|${Math.floor(ms / QUARTER_HOUR_MS)}`;
  let offsetMinutes = offsets.get(bucket);
  if (offsetMinutes === undefined) {
    if (offsets.size > 100_000) offsets.clear();
    offsetMinutes = measureOffset(instant, zone);
    offsets.set(bucket, offsetMinutes);
  }
  const localMinutes = Math.floor(ms / 60_000) + offsetMinutes;
  const days = Math.floor(localMinutes / 1440);
  return { date: dateOfDayNumber(days), minuteOfDay: localMinutes - days * 1440, offsetMinutes };
}

function measureOffset(instant: Date, zone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}
