import type { Control, Inline, Message, Part } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import { countOf } from "../text/count-of.js";
import type { HealthScore } from "./compute-health-score.js";
import type { CustomerProfile } from "./customer-profile.js";
import { formatScore } from "./format-score.js";

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
export function customerTableMessage(input: {
  /** The notification line, e.g. "Customers (tier normal): 12". */
  text: Inline;
  title: string;
  subtitle: Inline;
  rows: TableRow[];
  page: number;
  pageSize: number;
  state: Record<string, unknown>;
}): Message {
  const { rows, page, pageSize } = input;
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const shown = rows.slice(page * pageSize, (page + 1) * pageSize);
  const parts: Part[] = [
    { kind: "heading", text: input.title },
    { kind: "note", text: [input.subtitle, ` · page ${page + 1} of ${pages} · ${countOf(rows.length, "customer")}`] },
  ];
  if (shown.length === 0) parts.push({ kind: "text", text: "No customer matches." });
  // Ten lines per paragraph keeps every one far below the platforms' length limits.
  for (let i = 0; i < shown.length; i += 10) {
    parts.push({ kind: "text", text: shown.slice(i, i + 10).flatMap((row, n) => (n === 0 ? [line(row)] : ["\n", line(row)])) });
  }
  const buttons: Control[] = [
    page > 0 ? { action: TABLE_PREVIOUS_ACTION, label: "Previous page", page: page - 1 } : null,
    page + 1 < pages ? { action: TABLE_NEXT_ACTION, label: "Next page", page: page + 1 } : null,
  ]
    .filter((b) => b !== null)
    .map((b) => ({ kind: "button", label: b.label, action: b.action, value: JSON.stringify({ ...input.state, p: b.page }) }));
  if (buttons.length) parts.push({ kind: "controls", id: "health_table_pages", controls: buttons });
  return { text: input.text, parts };
}

function line(row: TableRow): Inline {
  const { customer, score } = row;
  const value = score.composite === null ? "  — " : formatScore(score.composite).padStart(4, " ");
  const grade = score.grade ? `${score.grade.name}${score.provisional ? " (provisional)" : ""}` : "data incomplete";
  const change =
    row.change === undefined ? "" : row.change === null ? " · new" : ` · ${row.change > 0 ? "▲" : row.change < 0 ? "▼" : "="}${formatScore(Math.abs(row.change))}`;
  return [
    { kind: "code", text: value },
    ` ${grade}${change} · `,
    { kind: "strong", content: customer.key },
    " ",
    customer.name,
    ...(customer.owner ? [" · ", mentionPerson(customer.owner)] : [" · no owner"]),
  ];
}
