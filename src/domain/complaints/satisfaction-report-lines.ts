import type { SatisfactionGroup, SatisfactionSummary } from "./summarize-satisfaction.js";

/**
 * The report's satisfaction part as plain lines (any renderer escapes them): "average 4.2 of 5 (5 answers)",
 * "by class: urgent 3.5 (2) · general 4.7 (3)", and the same by category and by lead department.
 */
export function satisfactionReportLines(summary: SatisfactionSummary): string[] {
  if (summary.responses === 0) return ["no customer was asked yet (asked when a case is confirmed closed)"];
  const groups = (label: string, rows: readonly SatisfactionGroup[]) => `${label}: ${rows.map((row) => `${row.name} ${row.average.toFixed(1)} (${row.responses})`).join(" · ")}`;
  return [
    `average ${summary.average!.toFixed(1)} of 5 (${summary.responses} answer${summary.responses === 1 ? "" : "s"})`,
    groups("by class", summary.byClass),
    groups("by category", summary.byCategory),
    groups("by lead department", summary.byLeadDepartment),
  ];
}
