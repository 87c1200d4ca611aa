import { addMonths } from "../calendar/add-months.js";
import { formatLocalDate } from "../calendar/format-local-date.js";
import { parseLocalDate } from "../calendar/local-date.js";
import { zonedTimeToUtc } from "../calendar/zoned-time-to-utc.js";
import type { IsoDate } from "./health-inputs.js";

/** The period the rubric looks at: the last N full calendar months before the evaluation date. */
export interface EvaluationWindow {
  /** First day of the first month (inclusive). */
  start: IsoDate;
  /** First day of the evaluation date's month (exclusive). */
  end: IsoDate;
  /** `YYYY-MM`, oldest first. */
  months: string[];
  /** The same bounds as instants in the team's time zone, for timestamped facts (interactions, complaints). */
  startAt: Date;
  endAt: Date;
  /** The end of the evaluation date (exclusive), as an instant: nothing later is evidence. */
  asOfEndAt: Date;
  /** The oldest survey date still counted (inclusive). */
  surveySince: IsoDate;
}

export function evaluationWindow(input: {
  asOf: IsoDate;
  windowMonths: number;
  surveyLookbackMonths: number;
  timeZone: string;
}): EvaluationWindow {
  const { year, month, day } = parseLocalDate(input.asOf);
  const end = formatLocalDate(year, month, 1);
  const start = formatLocalDate(year, month - input.windowMonths, 1);
  const months = Array.from({ length: input.windowMonths }, (_, i) => formatLocalDate(year, month - input.windowMonths + i, 1).slice(0, 7));
  const midnight = (date: IsoDate) => zonedTimeToUtc(date, 0, input.timeZone);
  return {
    start,
    end,
    months,
    startAt: midnight(start),
    endAt: midnight(end),
    asOfEndAt: midnight(formatLocalDate(year, month, day + 1)),
    surveySince: addMonths(input.asOf, -input.surveyLookbackMonths),
  };
}
