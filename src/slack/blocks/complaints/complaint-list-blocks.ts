import type { KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../../domain/complaints/complaint-record.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

export interface ListedComplaint {
  record: ComplaintRecord;
  /** The most pressing live clock, e.g. "resolution overdue by 3 h". */
  clock: string | null;
}

/** `/complaint list`: one line per case, newest first. */
export function complaintListBlocks(title: string, items: readonly ListedComplaint[], more: boolean): KnownBlock[] {
  if (items.length === 0) return [{ type: "section", text: { type: "mrkdwn", text: `*${escapeMrkdwn(title)}*\nNo complaints match.` } }];
  const lines = items.map(({ record, clock }) => {
    const c = record.case;
    return `*#${c.id}* · ${escapeMrkdwn(record.customer.key)} · ${c.class}/${escapeMrkdwn(c.category)} · tier ${c.tier} · ${c.status}${clock ? ` · _${clock}_` : ""}`;
  });
  const blocks: KnownBlock[] = [{ type: "header", text: { type: "plain_text", text: escapeMrkdwn(title, "plain").slice(0, 150) } }];
  // A section holds at most 3,000 characters: split the lines over several.
  let chunk: string[] = [];
  for (const line of lines) {
    if ([...chunk, line].join("\n").length > 2_900) {
      blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk.join("\n") } });
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length) blocks.push({ type: "section", text: { type: "mrkdwn", text: chunk.join("\n") } });
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `${more ? "Showing the newest; narrow by customer for more. " : ""}\`/complaint show <id>\` for a case's timeline.` }] });
  return blocks;
}
