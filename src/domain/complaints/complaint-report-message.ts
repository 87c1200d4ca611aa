import type { Message, Part } from "../messages/message.js";
import type { MonthlyReport } from "./build-monthly-report.js";
import { satisfactionReportLines } from "./satisfaction-report-lines.js";

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
export function complaintReportMessage(report: MonthlyReport): Message {
  const parts: Part[] = [{ kind: "heading", text: `Complaints — ${report.month}` }];
  const text = `Complaints — ${report.month}: ${report.total} opened`;
  if (report.total === 0) {
    parts.push({ kind: "text", text: "No complaints were opened this month." });
    return { text, parts };
  }
  parts.push({
    kind: "fields",
    fields: [
      { label: "Complaints", value: `${report.total} (urgent ${report.byClass.urgent}, general ${report.byClass.general}, suggestion ${report.byClass.suggestion})` },
      { label: "Resolution rate", value: `${percent(report.resolutionRate)} (${report.resolved} resolved)` },
      { label: "Repeat rate", value: `${percent(report.repeatRate)} (${report.repeats} repeats)` },
      { label: "Median to first response", value: `${duration(report.medianFirstResponseMs)}${longestWait(report)}` },
      { label: "Median to resolution", value: duration(report.medianResolutionMs) },
    ],
  });
  const section = (title: string, lines: readonly string[]): Part => ({ kind: "text", text: [{ kind: "strong", content: title }, `\n${lines.join("\n")}`] });
  parts.push(section("By category", report.byCategory.map((row) => `• ${row.category}: ${row.total} (urgent ${row.byClass.urgent}, general ${row.byClass.general}, suggestion ${row.byClass.suggestion})`)));
  parts.push(
    section(
      "SLA compliance",
      report.slaCompliance
        .filter((row) => row.cases > 0 || row.running > 0)
        .map((row) => `• ${row.class}, tier ${row.tier}: ${percent(row.rate)} (${row.met} of ${row.cases})${row.running ? ` · ${row.running} still running` : ""}`),
    ),
  );
  parts.push(section("Customer satisfaction (1–5)", satisfactionReportLines(report.satisfaction).map((line) => `• ${line}`)));
  parts.push(section("Top customers by complaints", report.topCustomers.map((row, i) => `${i + 1}. ${row.customerKey} — ${row.count}`)));
  return { text, parts };
}
