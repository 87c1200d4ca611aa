import { wallClock } from "../calendar/wall-clock.js";
import type { IsoDate } from "./health-inputs.js";

/** Today's calendar date in the team's time zone: what "score now" evaluates. */
export function evaluationDate(now: Date, timeZone: string): IsoDate {
  return wallClock(now, timeZone).date;
}
