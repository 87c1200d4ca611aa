import { accept, reject, type FieldResult } from '../field-result.js';
import { daysInMonth } from './days-in-month.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date written YYYY-MM-DD that really exists (2026-02-30 does not). */
export function parseCalendarDate(text: string): FieldResult {
  const m = DATE.exec(text);
  if (!m) return reject(`"${text}" is not a date (expected YYYY-MM-DD, e.g. 2026-03-31)`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1900 || year > 2200) return reject(`"${text}": year ${year} is out of range (expected 1900–2200)`);
  if (month < 1 || month > 12) return reject(`"${text}": there is no month ${month} (expected YYYY-MM-DD, e.g. 2026-03-31)`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return reject(`"${text}" does not exist: month ${month} of ${year} has ${daysInMonth(year, month)} days (expected a real date)`);
  }
  return accept(text);
}
