import type { CustomerHealthReport } from "../../domain/health/customer-health-report.js";
import { formatScore } from "../../domain/health/format-score.js";

/** The slash command's report as terminal text. */
export function scoreReportText(report: CustomerHealthReport): string {
  const { customer, score, trend } = report;
  const composite =
    score.composite === null || !score.grade
      ? "no score: data incomplete"
      : `${formatScore(score.composite)} / 10 · ${score.grade.name}${score.provisional ? ` · provisional (${score.available.count} of ${score.available.total} dimensions)` : ""}`;
  const lines = [`${customer.key} · ${customer.name} — ${composite}`, `as of ${score.asOf} (evidence ${score.window.start} to before ${score.window.end})`, ""];
  const width = Math.max(...score.dimensions.map((d) => d.label.length));
  for (const d of score.dimensions) {
    const value = d.score === null ? "data incomplete" : `${formatScore(d.score)} / 10`;
    lines.push(`  ${d.label.padEnd(width)}  ${value.padEnd(15)} ${String(d.weight).padStart(3)} %  ${d.evidence}`);
    if (d.override) {
      lines.push(`  ${"".padEnd(width)}  override ${formatScore(d.override.score)} (computed ${d.computed === null ? "—" : formatScore(d.computed)}) by ${d.override.author} on ${d.override.on}: ${d.override.reason}`);
    }
    for (const missing of d.missing) lines.push(`  ${"".padEnd(width)}  missing: ${missing}`);
  }
  if (score.composite === null) lines.push("", `Not enough data for a score (${score.available.weightPercent} % of the weight). Collect:`, ...score.toCollect.map((c) => `  - ${c}`));
  const change = trend.change === null ? "no earlier assessment" : `${trend.change >= 0 ? "+" : ""}${formatScore(trend.change)} since ${trend.since}`;
  lines.push("", `Trend ${trend.sparkline} ${change}`);
  const problems = [...score.keyProblems, ...report.assessorProblems.map((p) => `${p} (assessor)`)];
  if (problems.length) lines.push("Key problems:", ...problems.map((p) => `  - ${p}`));
  if (score.grade) lines.push(`Strategy (${score.grade.name}): ${score.grade.strategy}`);
  if (report.openActions.length) {
    lines.push("Open improvement actions:", ...report.openActions.map((a) => `  - ${a.problem} → ${a.measure} (${a.impact}, ${a.owner?.name ?? "no owner"}, due ${a.deadline})`));
  }
  return lines.join("\n");
}
