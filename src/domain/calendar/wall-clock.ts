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

/** The wall clock in IANA `zone` at `instant` (throws RangeError on an unknown zone). */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return {
    date: new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10),
    minuteOfDay: hour * 60 + minute,
    offsetMinutes: Math.round((asUtc - wholeSeconds) / 60_000),
  };
}
