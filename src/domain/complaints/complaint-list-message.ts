import type { Inline, Message, Part } from "../messages/message.js";
import { plainTextOf } from "../messages/plain-text-of.js";
import type { ComplaintRecord } from "./complaint-record.js";

export interface ListedComplaint {
  record: ComplaintRecord;
  /** The most pressing live clock, e.g. "resolution overdue by 3 h". */
  clock: string | null;
}

/** Characters of case lines per paragraph: platforms cap a paragraph (Slack at 3,000). */
const PARAGRAPH_CHARS = 2_900;

/**
 * A line's length as drawn: its text, two marks around the id and the clock, and what escaping adds —
 * `&`, `<`, `>` become entities on Slack, the longest escaping a platform applies — so no paragraph overflows.
 */
const drawnLength = (text: string, clock: boolean) => text.length + 2 + (clock ? 2 : 0) + (text.match(/&/g)?.length ?? 0) * 4 + (text.match(/[<>]/g)?.length ?? 0) * 3;

/** `/complaint list`: one line per case, newest first. */
export function complaintListMessage(title: string, items: readonly ListedComplaint[], more: boolean): Message {
  if (items.length === 0) return { text: title, parts: [{ kind: "text", text: [{ kind: "strong", content: title }, "\nNo complaints match."] }] };
  const lines = items.map(({ record, clock }) => {
    const c = record.case;
    const line: Inline = [{ kind: "strong", content: `#${c.id}` }, ` · ${record.customer.key} · ${c.class}/${c.category} · tier ${c.tier} · ${c.status}`, clock ? [" · ", { kind: "emphasis", content: clock }] : ""];
    return { line, size: drawnLength(plainTextOf(line), clock !== null) };
  });
  const parts: Part[] = [{ kind: "heading", text: title }];
  let chunk: Inline[] = [];
  let length = 0;
  for (const { line, size } of lines) {
    if (chunk.length && length + 1 + size > PARAGRAPH_CHARS) {
      parts.push({ kind: "text", text: chunk });
      chunk = [];
      length = 0;
    }
    chunk = chunk.length ? [...chunk, "\n", line] : [line];
    length += (length ? 1 : 0) + size;
  }
  if (chunk.length) parts.push({ kind: "text", text: chunk });
  parts.push({ kind: "note", text: [more ? "Showing the newest; narrow by customer for more. " : "", { kind: "code", text: "/complaint show <id>" }, " for a case's timeline."] });
  return { text: title, parts };
}
