import type { KnownBlock } from "@slack/types";
import type { MonthlyReport } from "../../../domain/complaints/build-monthly-report.js";
import { satisfactionReportLines } from "../../../domain/complaints/satisfaction-report-lines.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

const percent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10} %`);

function duration(ms: number | null): string {
  if (ms === null) return "—";
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return hours < 48 ? `${Math.round(hours * 10) / 10} h` : `${Math.round((hours / 24) * 10) / 10} days`;
}

/** The line under the median: "longest 26 h (#12)", "longest 30 h (#12, still waiting)". */
function longestWait(report: MonthlyReport): string {
  const longest = report.longestFirstResponse;
  if (!longest) return "";
  return `\nlongest ${duration(longest.ms)} (#${longest.id}${longest.waiting ? ", still waiting" : ""})`;
}

/** The monthly complaint report, for `/complaint report` and the automatic post. */
export function complaintReportBlocks(report: MonthlyReport): KnownBlock[] {
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: `Complaints — ${report.month}` } }];
  if (report.total === 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "No complaints were opened this month." } });
    return blocks;
  }
  blocks.push({
    type: "section",
    fields: [
      { type: "mrkdwn", text: `*Complaints*\n${report.total} (urgent ${report.byClass.urgent}, general ${report.byClass.general}, suggestion ${report.byClass.suggestion})` },
      { type: "mrkdwn", text: `*Resolution rate*\n${percent(report.resolutionRate)} (${report.resolved} resolved)` },
      { type: "mrkdwn", text: `*Repeat rate*\n${percent(report.repeatRate)} (${report.repeats} repeats)` },
      { type: "mrkdwn", text: `*Median to first response*\n${duration(report.medianFirstResponseMs)}${longestWait(report)}` },
      { type: "mrkdwn", text: `*Median to resolution*\n${duration(report.medianResolutionMs)}` },
    ],
  });
  const categories = report.byCategory.map((row) => `• ${escapeMrkdwn(row.category)}: ${row.total} (urgent ${row.byClass.urgent}, general ${row.byClass.general}, suggestion ${row.byClass.suggestion})`);
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*By category*\n${categories.join("\n")}` } });
  const compliance = report.slaCompliance
    .filter((row) => row.cases > 0 || row.running > 0)
    .map((row) => `• ${row.class}, tier ${row.tier}: ${percent(row.rate)} (${row.met} of ${row.cases})${row.running ? ` · ${row.running} still running` : ""}`);
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*SLA compliance*\n${compliance.join("\n")}` } });
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Customer satisfaction (1–5)*\n${satisfactionReportLines(report.satisfaction).map((line) => `• ${escapeMrkdwn(line)}`).join("\n")}` } });
  const top = report.topCustomers.map((row, i) => `${i + 1}. ${escapeMrkdwn(row.customerKey)} — ${row.count}`);
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Top customers by complaints*\n${top.join("\n")}` } });
  return blocks;
}
