import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { IsoDate } from "./health-inputs.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** Today's calendar date in the team's time zone: what "score now" evaluates. */
export function evaluationDate(now: Date, timeZone: string): IsoDate {
  return dayjs(now).tz(timeZone).format("YYYY-MM-DD");
}
