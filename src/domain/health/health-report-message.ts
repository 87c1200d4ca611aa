import type { PlatformIdentities } from "../roster/platform-identity.js";
import type { Inline, Message, Part } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import type { CustomerHealthReport } from "./customer-health-report.js";
import { describeComposite } from "./describe-composite.js";
import type { DimensionScore } from "./dimension-score.js";
import { formatScore } from "./format-score.js";

export const SHARE_SCORE_ACTION = "health_share_score";

/**
 * `/customer score`: the composite in the heading, every dimension with its evidence (or what is missing),
 * the trend, key problems, the grade's strategy and the open improvement actions. `shareable` adds the
 * Share-in-channel button (the private answer has it; the shared copy does not, and names who shared it).
 */
export function healthReportMessage(report: CustomerHealthReport, options: { shareable: boolean; sharedBy?: { name: string; ids: PlatformIdentities } }): Message {
  const { customer, score, trend } = report;
  const strong = (content: Inline): Inline => ({ kind: "strong", content });
  const lines = (items: Inline[]): Inline => items.flatMap((item, i) => (i === 0 ? [item] : ["\n", item]));
  const parts: Part[] = [
    { kind: "heading", text: `${customer.key} · ${customer.name} — ${describeComposite(score)}` },
    { kind: "text", text: lines(score.dimensions.map(dimensionLine)) },
  ];
  if (score.composite === null) {
    parts.push({
      kind: "text",
      text: [strong("Not enough data for a score"), ` (${score.available.weightPercent} % of the weight available). Collect:`, ...score.toCollect.flatMap((item) => ["\n• ", item])],
    });
  }
  const change = trend.change === null ? "no earlier assessment to compare" : `${trend.change >= 0 ? "+" : ""}${formatScore(trend.change)} since ${trend.since}`;
  parts.push({ kind: "text", text: [strong("Trend"), " ", { kind: "code", text: trend.sparkline }, " ", change] });

  const problems: Inline[] = [
    ...score.keyProblems.map((p): Inline => ["• ", p]),
    ...report.assessorProblems.map((p): Inline => ["• ", p, " ", { kind: "emphasis", content: "(assessor)" }]),
  ];
  if (problems.length > 0) parts.push({ kind: "text", text: [strong("Key problems"), "\n", lines(problems)] });
  if (score.grade) parts.push({ kind: "text", text: [strong(`Strategy (${score.grade.name}):`), " ", score.grade.strategy] });
  if (report.openActions.length > 0) {
    const actions = report.openActions.map((a): Inline => ["• ", a.problem, " → ", a.measure, ` (${a.impact}, `, a.owner ? mentionPerson(a.owner) : "no owner", `, due ${a.deadline})`]);
    parts.push({ kind: "text", text: [strong("Open improvement actions"), "\n", lines(actions)] });
  }
  parts.push({
    kind: "note",
    text: [`As of ${score.asOf} · evidence from ${score.window.start} to before ${score.window.end}`, ...(options.sharedBy ? [" · shared by ", mentionPerson(options.sharedBy)] : [])],
  });
  if (options.shareable) {
    parts.push({
      kind: "controls",
      id: "health_report_actions",
      controls: [{ kind: "button", label: "Share in channel", action: SHARE_SCORE_ACTION, value: JSON.stringify({ c: customer.id, at: score.asOf }) }],
    });
  }
  return { text: `${customer.key} · ${customer.name} — ${describeComposite(score)}`, parts };
}

function dimensionLine(d: DimensionScore): Inline {
  const head: Inline = [{ kind: "strong", content: d.label }, ` ${d.score === null ? "data incomplete" : `${formatScore(d.score)} / 10`} · ${d.weight} %`];
  const evidence: Inline = d.evidence ? [" — ", d.evidence] : [];
  const missing: Inline = d.missing.length ? ["\n      ", { kind: "emphasis", content: ["missing: ", d.missing.join("; ")] }] : [];
  const override: Inline = d.override
    ? [
        "\n      ",
        {
          kind: "emphasis",
          content: [`override ${formatScore(d.override.score)} (computed ${d.computed === null ? "—" : formatScore(d.computed)}) by `, d.override.author, ` on ${d.override.on}: “`, d.override.reason, "”"],
        },
      ]
    : [];
  return [head, evidence, override, missing];
}
