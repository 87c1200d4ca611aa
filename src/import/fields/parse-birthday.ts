import { accept, reject, type FieldResult } from '../field-result.js';
import { daysInMonth } from './days-in-month.js';
import { parseCalendarDate } from './parse-calendar-date.js';

const MONTH_DAY = /^(?:--)?(\d{2})-(\d{2})$/;

/**
 * A birthday with or without its year: `MM-DD` (or ISO `--MM-DD`) or `YYYY-MM-DD`.
 * Normalised to `YYYY|MM|DD` with an empty year so SQL can split it into the three columns.
 * Without a year 02-29 is a real birthday; with one it must exist in that year.
 */
export function parseBirthday(text: string): FieldResult {
  const md = MONTH_DAY.exec(text);
  if (md) {
    const month = Number(md[1]);
    const day = Number(md[2]);
    if (month < 1 || month > 12) return reject(`"${text}": there is no month ${month} (expected MM-DD or YYYY-MM-DD, e.g. 11-27)`);
    // A leap year is the most any month can hold.
    if (day < 1 || day > daysInMonth(2000, month)) {
      return reject(`"${text}" is not a possible birthday: month ${month} has at most ${daysInMonth(2000, month)} days (expected MM-DD, e.g. 11-27)`);
    }
    return accept(`|${md[1]}|${md[2]}`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return reject(`"${text}" is not a birthday (expected MM-DD or YYYY-MM-DD, e.g. 11-27 or 1984-11-27)`);
  }
  const date = parseCalendarDate(text);
  if (!date.ok) return date;
  const [y, m, d] = text.split('-');
  return accept(`${y}|${m}|${d}`);
}
