import type { Inline, Message, Part } from "../messages/message.js";
import { cardChannelOf } from "./card-channel-of.js";
import { plainText } from "../messages/plain-text.js";
import { caseActorMention } from "./case-actor-mention.js";
import type { ComplaintEventDraft } from "./complaint-event-draft.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { formatMoment } from "./format-moment.js";

/** Platforms show a bounded number of parts in a message (Slack 50); a long history keeps its newest entries. */
const MAX_TIMELINE_PARTS = 40;
const PARAGRAPH_CHARS = 2_900;
/** Room a line's markup takes when drawn (marks, a mention's id, entities for `&<>`), so a paragraph never overflows. */
const MARKUP_ALLOWANCE = 40;

/**
 * `/complaint show <id>`: the case, its SLA clocks (`slaClockLines`, as on the card), its whole description,
 * and its timeline (every transition and archived message; a run of pages is one line with its count).
 */
export function complaintTimelineMessage(
  record: ComplaintRecord,
  events: readonly ComplaintEventDraft[],
  clocks: readonly string[],
  now: Date,
  timeZone: string,
): Message {
  const c = record.case;
  const parts: Part[] = [
    { kind: "heading", text: `Complaint #${c.id} · ${record.customer.key} — ${record.customer.name}` },
    {
      kind: "note",
      text: [
        `${c.class} · ${c.category} · ${c.status} · tier ${c.tier} · lead: ${record.lead ? record.lead.name : "—"}`,
        record.cooperating.length ? ` · cooperating: ${record.cooperating.map((d) => d.name).join(", ")}` : "",
        record.cardChannel ? [" · card in ", { kind: "channel", channel: cardChannelOf(record)! }] : "",
      ],
    },
    { kind: "note", text: [{ kind: "icon", name: "stopwatch" }, ` ${clocks.length ? clocks.join(" · ") : "no SLA clock"}`] },
  ];
  for (let start = 0; start < record.description.length; start += PARAGRAPH_CHARS) {
    parts.push({ kind: "text", verbatim: true, text: record.description.slice(start, start + PARAGRAPH_CHARS) });
  }
  if (c.solution) parts.push({ kind: "text", text: [{ kind: "strong", content: "Solution" }, `\n${c.solution.slice(0, PARAGRAPH_CHARS)}`] });
  const lines = foldPages(events).map(({ event, pages }): Inline => {
    const moment: Inline = { kind: "code", text: formatMoment(event.at, now, timeZone) };
    if (pages.length < 2) return [moment, " ", caseActorMention(c, event.actor), " ", describeEvent(event)];
    const reasons = [...new Set(pages.map((page) => page.reason).filter(Boolean))].join("; ");
    // Relative to the run's first page: "last 16:30" on the same day.
    const last = formatMoment(pages[pages.length - 1]!.at, event.at, timeZone);
    return [moment, " ", caseActorMention(c, event.actor), ` paged tier ${event.toTier} ${pages.length} times, last ${last}${reasons ? `: ${reasons}` : ""}`];
  });
  const sections: Inline[][] = [];
  let chunk: Inline[] = [];
  let length = 0;
  for (const line of lines) {
    const size = Math.min(plainText(line).length + MARKUP_ALLOWANCE, PARAGRAPH_CHARS);
    if (chunk.length && length + size + 1 > PARAGRAPH_CHARS) {
      sections.push(chunk);
      chunk = [];
      length = 0;
    }
    chunk = chunk.length ? [...chunk, "\n", line] : [line];
    length += (length ? 1 : 0) + size;
  }
  if (chunk.length) sections.push(chunk);
  const room = MAX_TIMELINE_PARTS - parts.length;
  const shown = sections.slice(-room);
  if (shown.length < sections.length) parts.push({ kind: "note", text: { kind: "emphasis", content: `Earlier entries left out: ${sections.length - shown.length} screens.` } });
  parts.push({ kind: "divider" });
  for (const text of shown) parts.push({ kind: "text", text });
  return { text: `Complaint #${c.id} · ${record.customer.key}`, parts };
}

/** Consecutive page events become one entry (a tier-3 round can page several times). */
function foldPages(events: readonly ComplaintEventDraft[]): { event: ComplaintEventDraft; pages: ComplaintEventDraft[] }[] {
  const entries: { event: ComplaintEventDraft; pages: ComplaintEventDraft[] }[] = [];
  for (const event of events) {
    const previous = entries[entries.length - 1];
    if (event.kind === "page" && previous?.event.kind === "page" && previous.event.toTier === event.toTier) previous.pages.push(event);
    else entries.push({ event, pages: event.kind === "page" ? [event] : [] });
  }
  return entries;
}

function describeEvent(event: ComplaintEventDraft): Inline {
  switch (event.kind) {
    case "transition":
      if (event.fromStatus === null) return "opened the case";
      return [`${event.fromStatus} → `, { kind: "strong", content: event.toStatus ?? "" }, `${event.reason ? `: ${event.reason}` : ""}${event.text ? `: ${event.text}` : ""}`];
    case "escalation":
      return [`escalated tier ${event.fromTier} → `, { kind: "strong", content: `tier ${event.toTier}` }, `: ${event.reason ?? ""}`];
    case "warning":
      return `warned: ${event.reason ?? ""}`;
    case "page":
      return `paged tier ${event.toTier}: ${event.reason ?? ""}`;
    case "update":
      return `update: ${event.text ?? ""}`;
    case "message":
      return [{ kind: "icon", name: "speech_balloon" }, ` ${event.text ?? ""}`];
  }
}
