/**
 * Why a typed date is not a calendar date in YYYY-MM-DD, or null when it is one. The message names what
 * was typed, the expected form and an example, e.g. "31/12/2026 is not YYYY-MM-DD, e.g. 2026-12-31".
 */
export function describeBadIsoDate(text: string): string | null {
  const shown = text.length > 20 ? `${text.slice(0, 20)}…` : text;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return `${shown} is not YYYY-MM-DD, e.g. 2026-12-31`;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (days === undefined || day < 1 || day > days) return `${text} is not a date in the calendar (YYYY-MM-DD, e.g. 2026-12-31)`;
  return null;
}
