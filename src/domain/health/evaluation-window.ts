import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { IsoDate } from "./health-inputs.js";

dayjs.extend(utc);
dayjs.extend(timezone);

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
  const asOf = dayjs.utc(input.asOf, "YYYY-MM-DD");
  const end = asOf.startOf("month");
  const start = end.subtract(input.windowMonths, "month");
  const months = Array.from({ length: input.windowMonths }, (_, i) => start.add(i, "month").format("YYYY-MM"));
  const at = (date: dayjs.Dayjs) => dayjs.tz(date.format("YYYY-MM-DD"), input.timeZone).toDate();
  return {
    start: start.format("YYYY-MM-DD"),
    end: end.format("YYYY-MM-DD"),
    months,
    startAt: at(start),
    endAt: at(end),
    asOfEndAt: at(asOf.add(1, "day")),
    surveySince: asOf.subtract(input.surveyLookbackMonths, "month").format("YYYY-MM-DD"),
  };
}
