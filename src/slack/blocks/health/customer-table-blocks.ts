import type { KnownBlock } from "@slack/types";
import type { HealthScore } from "../../../domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { formatScore } from "../../../domain/health/format-score.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { countOf } from "../../../domain/text/count-of.js";
import { mentionPerson } from "../mention-person.js";

export const TABLE_PREVIOUS_ACTION = "health_table_previous";
export const TABLE_NEXT_ACTION = "health_table_next";

export interface TableRow {
  customer: CustomerProfile;
  score: HealthScore;
  /** Change of the composite since the comparison date, when both exist. */
  change?: number | null;
}

/**
 * A paged table of customers (for `/customer list` and `/customer health`): score, grade, change, owner.
 * `page` is zero-based; the buttons carry `state` back so the next page repeats the same query.
 */
export function customerTableBlocks(input: {
  title: string;
  subtitle: string;
  rows: TableRow[];
  page: number;
  pageSize: number;
  state: Record<string, unknown>;
}): KnownBlock[] {
  const { rows, page, pageSize } = input;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice(page * pageSize, (page + 1) * pageSize);
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: input.title.slice(0, 150) } },
    { type: "context", elements: [{ type: "mrkdwn", text: `${input.subtitle} · page ${page + 1} of ${pages} · ${countOf(rows.length, "customer")}` }] },
  ];
  if (shown.length === 0) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: "No customer matches." } });
  }
  // Ten lines per section keeps every section far below Slack's 3,000-character limit.
  for (let i = 0; i < shown.length; i += 10) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: shown.slice(i, i + 10).map(line).join("\n") } });
  }
  const buttons = [
    page > 0 ? { actionId: TABLE_PREVIOUS_ACTION, label: "Previous page", page: page - 1 } : null,
    page + 1 < pages ? { actionId: TABLE_NEXT_ACTION, label: "Next page", page: page + 1 } : null,
  ].filter((b) => b !== null);
  if (buttons.length) {
    blocks.push({
      type: "actions",
      block_id: "health_table_pages",
      elements: buttons.map((b) => ({
        type: "button" as const,
        action_id: b.actionId,
        text: { type: "plain_text" as const, text: b.label },
        value: JSON.stringify({ ...input.state, p: b.page }),
      })),
    });
  }
  return blocks;
}

function line(row: TableRow): string {
  const { customer, score } = row;
  const value =
    score.composite === null ? "`  — `" : `\`${formatScore(score.composite).padStart(4, " ")}\``;
  const grade = score.grade ? `${score.grade.name}${score.provisional ? " (provisional)" : ""}` : "data incomplete";
  const change =
    row.change === undefined ? "" : row.change === null ? " · new" : ` · ${row.change > 0 ? "▲" : row.change < 0 ? "▼" : "="}${formatScore(Math.abs(row.change))}`;
  const owner = customer.owner ? ` · ${mentionPerson(customer.owner)}` : " · no owner";
  return `${value} ${grade}${change} · *${escapeMrkdwn(customer.key)}* ${escapeMrkdwn(customer.name)}${owner}`;
}
