import type { KnownBlock } from "@slack/types";
import type { CustomerHealthReport } from "../../../domain/health/customer-health-report.js";
import type { DimensionScore } from "../../../domain/health/dimension-score.js";
import { formatScore } from "../../../domain/health/format-score.js";
import { describeComposite } from "./describe-composite.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { mentionPerson } from "../mention-person.js";

export const SHARE_SCORE_ACTION = "health_share_score";

/**
 * `/customer score`: the composite in the header, every dimension with its evidence (or what is missing),
 * the trend, key problems, the grade's strategy and the open improvement actions. `shareable` adds the
 * Share-in-channel button (the ephemeral reply has it; the shared copy does not).
 */
export function healthReportBlocks(report: CustomerHealthReport, options: { shareable: boolean; sharedBy?: string }): KnownBlock[] {
  const { customer, score, trend } = report;
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: clip(escapeMrkdwn(`${customer.key} · ${customer.name} — ${describeComposite(score)}`, "plain"), 150) } },
    { type: "section", text: { type: "mrkdwn", text: score.dimensions.map(dimensionLine).join("\n") } },
  ];
  if (score.composite === null) {
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: `*Not enough data for a score* (${score.available.weightPercent} % of the weight available). Collect:\n${score.toCollect.map((item) => `• ${escapeMrkdwn(item)}`).join("\n")}`,
      },
    });
  }
  const change =
    trend.change === null ? "no earlier assessment to compare" : `${trend.change >= 0 ? "+" : ""}${formatScore(trend.change)} since ${trend.since}`;
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Trend* \`${trend.sparkline}\` ${change}` } });

  const problems = [
    ...score.keyProblems.map((p) => `• ${escapeMrkdwn(p)}`),
    ...report.assessorProblems.map((p) => `• ${escapeMrkdwn(p)} _(assessor)_`),
  ];
  if (problems.length > 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(`*Key problems*\n${problems.join("\n")}`, 2900) } });
  }
  if (score.grade) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Strategy (${score.grade.name}):* ${escapeMrkdwn(score.grade.strategy)}` } });
  }
  if (report.openActions.length > 0) {
    const lines = report.openActions.map(
      (a) => `• ${escapeMrkdwn(a.problem)} → ${escapeMrkdwn(a.measure)} (${a.impact}, ${a.owner ? mentionPerson(a.owner) : "no owner"}, due ${a.deadline})`,
    );
    blocks.push({ type: "section", text: { type: "mrkdwn", text: clip(`*Open improvement actions*\n${lines.join("\n")}`, 2900) } });
  }
  const context = `As of ${score.asOf} · evidence from ${score.window.start} to before ${score.window.end}${options.sharedBy ? ` · shared by <@${options.sharedBy}>` : ""}`;
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: context }] });
  if (options.shareable) {
    blocks.push({
      type: "actions",
      block_id: "health_report_actions",
      elements: [
        {
          type: "button",
          action_id: SHARE_SCORE_ACTION,
          text: { type: "plain_text", text: "Share in channel" },
          value: JSON.stringify({ c: customer.id, at: score.asOf }),
        },
      ],
    });
  }
  return blocks;
}

function dimensionLine(d: DimensionScore): string {
  const head = `*${escapeMrkdwn(d.label)}* ${d.score === null ? "data incomplete" : `${formatScore(d.score)} / 10`} · ${d.weight} %`;
  const evidence = d.evidence ? ` — ${escapeMrkdwn(d.evidence)}` : "";
  const missing = d.missing.length ? `\n      _missing: ${escapeMrkdwn(d.missing.join("; "))}_` : "";
  const override = d.override
    ? `\n      _override ${formatScore(d.override.score)} (computed ${d.computed === null ? "—" : formatScore(d.computed)}) by ${escapeMrkdwn(d.override.author)} on ${d.override.on}: “${escapeMrkdwn(d.override.reason)}”_`
    : "";
  return `${head}${evidence}${override}${missing}`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
