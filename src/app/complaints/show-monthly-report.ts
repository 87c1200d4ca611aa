import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { complaintReportMessage } from "../../domain/complaints/complaint-report-message.js";
import type { Inline, Message } from "../../domain/messages/message.js";
import { composeMonthlyReport } from "./compose-monthly-report.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** `/complaint report [YYYY-MM]`: a month's report, by default last month's; a month not typed right, or not begun, is refused. */
export async function showMonthlyReport(deps: { db: Database; settings: TeamSettings }, monthArg: string, now: Date): Promise<{ ok: true; month: string; message: Message } | { ok: false; refusal: Inline }> {
  const zone = deps.settings.calendar.timeZone;
  let month = dayjs(now).tz(zone).subtract(1, "month").format("YYYY-MM");
  if (monthArg) {
    if (!/^(\d{4})-(0[1-9]|1[0-2])$/.test(monthArg)) {
      return { ok: false, refusal: ["Give the month as YYYY-MM, e.g. ", { kind: "code", text: `/complaint report ${month}` }, " (you typed ", { kind: "code", text: monthArg }, ")."] };
    }
    month = monthArg;
    if (dayjs.tz(`${month}-01`, zone).toDate() > now) {
      return { ok: false, refusal: [`${month} has not begun yet; try `, { kind: "code", text: `/complaint report ${dayjs(now).tz(zone).format("YYYY-MM")}` }, " for this month so far."] };
    }
  }
  return { ok: true, month, message: complaintReportMessage(await composeMonthlyReport(deps.db, deps.settings, month, now)) };
}
