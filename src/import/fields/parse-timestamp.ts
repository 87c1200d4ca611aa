import { accept, reject, type FieldResult } from '../field-result.js';
import { parseCalendarDate } from './parse-calendar-date.js';

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})$/;
const EXPECTED = 'expected an ISO time with its UTC offset, e.g. 2026-03-04T10:30+08:00 or 2026-03-04T02:30Z';

/**
 * A moment in time with an explicit UTC offset (a bare local time would be ambiguous across
 * time zones and DST). Normalised to UTC ISO with milliseconds, the column's precision, so
 * the same moment written two ways is the same key.
 */
export function parseTimestamp(text: string): FieldResult {
  const m = TIMESTAMP.exec(text);
  if (!m) return reject(`"${text}" is not a time with offset (${EXPECTED})`);
  const date = parseCalendarDate(m[1]!);
  if (!date.ok) return date;
  const hour = Number(m[2]);
  const minute = Number(m[3]);
  const second = Number(m[4] ?? '0');
  if (hour > 23 || minute > 59 || second > 59) return reject(`"${text}" is not a valid time of day (${EXPECTED})`);
  const offset = m[6]!;
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const digits = offset.replace(':', '');
    const oh = Number(digits.slice(1, 3));
    const om = Number(digits.slice(3, 5));
    if (oh > 14 || om > 59) return reject(`"${text}" has an impossible UTC offset ${offset} (${EXPECTED})`);
    offsetMinutes = (digits[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const [y, mo, d] = m[1]!.split('-').map(Number) as [number, number, number];
  const ms = Number((m[5] ?? '').padEnd(3, '0'));
  const epoch = Date.UTC(y, mo - 1, d, hour, minute, second, ms) - offsetMinutes * 60_000;
  return accept(new Date(epoch).toISOString());
}
