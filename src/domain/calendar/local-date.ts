/** A calendar date without a time or zone, `YYYY-MM-DD` (a birthday, a deadline, a day in someone's zone). */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Splits a LocalDate; throws on anything that is not a real `YYYY-MM-DD` date. */
export function parseLocalDate(date: LocalDate): { year: number; month: number; day: number } {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`not a date in the form YYYY-MM-DD (e.g. 2026-11-24): "${date}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`no such day: "${date}"`);
  }
  return { year, month, day };
}
