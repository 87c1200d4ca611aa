import { evaluationDate } from "./evaluation-date.js";
import type { IsoDate } from "./health-inputs.js";

export type ParsedEvaluationDate = { ok: true; date: IsoDate } | { ok: false; message: string };

/** Reads the `at YYYY-MM-DD` of a score request: a real calendar date, not after today. */
export function parseEvaluationDate(text: string, now: Date, timeZone: string): ParsedEvaluationDate {
  const today = evaluationDate(now, timeZone);
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) {
    return { ok: false, message: `\`${shown}\` is not a date: write it as YYYY-MM-DD, e.g. \`${today}\`` };
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    return { ok: false, message: `\`${shown}\` is not a calendar date (check the month and the day), e.g. \`${today}\`` };
  }
  if (text > today) {
    return { ok: false, message: `\`${text}\` is in the future: a score can only be evaluated up to today (${today})` };
  }
  return { ok: true, date: text };
}
