import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { TeamSettings } from "../../config/team-settings.js";
import { buildMonthlyReport, type MonthlyReport } from "../../domain/complaints/build-monthly-report.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import type { Database } from "../../db/database.js";
import { loadReportComplaints } from "../../db/complaints/load-report-complaints.js";

dayjs.extend(utc);
dayjs.extend(timezone);

/** The report of `month` (YYYY-MM, in the team's zone) as of `asOf`: `/complaint report`, the monthly post and the import check. */
export async function composeMonthlyReport(db: Database, settings: TeamSettings, month: string, asOf: Date): Promise<MonthlyReport> {
  const zone = settings.calendar.timeZone;
  const start = dayjs.tz(`${month}-01`, zone);
  const from = start.subtract(settings.complaints.repeatWindowDays, "day").toDate();
  const to = start.add(1, "month").toDate();
  const calendar = teamWorkingDayCalendar(settings.calendar);
  const complaints = await loadReportComplaints(db, from, to, asOf, settings.complaints, calendar);
  return buildMonthlyReport({
    month,
    timeZone: zone,
    asOf,
    complaints,
    repeatWindowDays: settings.complaints.repeatWindowDays,
    topCustomers: settings.complaints.reportTopCustomers,
  });
}
