import { type LocalDate, parseLocalDate } from "./local-date.js";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Sat 28 Nov` — how a date reads in a message; with the year (`Tue 26 Nov 2019`) when it is not the year of `reference`. */
export function formatDay(date: LocalDate, reference?: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const sameYear = reference === undefined || reference.slice(0, 4) === date.slice(0, 4);
  return `${WEEKDAYS[weekday]} ${day} ${MONTHS[month - 1]}${sameYear ? "" : ` ${year}`}`;
}
