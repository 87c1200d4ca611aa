/** A calendar date without a time or zone, `YYYY-MM-DD` (a birthday, a deadline, a day in someone's zone). */
export type LocalDate = string;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Splits a LocalDate; throws on anything that is not a real `YYYY-MM-DD` date. */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  if (date.length !== 10 || date[4] !== "-" || date[7] !== "-") throw new RangeError(`not a date in the form YYYY-MM-DD (e.g. 2026-11-24): "${date}"`);
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 7);
  const day = digits(date, 8, 10);
  if (Number.isNaN(year) || Number.isNaN(month) || Number.isNaN(day)) {
    throw new RangeError(`not a date in the form YYYY-MM-DD (e.g. 2026-11-24): "${date}"`);
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lastDay = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (lastDay === undefined || day < 1 || day > lastDay) throw new RangeError(`no such day: "${date}"`);
  return { year, month, day };
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return Number.NaN;
    value = value * 10 + code;
  }
  return value;
}
