import type { KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../../domain/complaints/complaint-record.js";
import type { ComplaintEventDraft } from "../../../domain/complaints/complaint-event-draft.js";
import { formatMoment } from "../../../domain/complaints/format-moment.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

/** Slack shows at most 50 blocks in a message; a long history keeps its newest entries. */
const MAX_TIMELINE_BLOCKS = 40;
const SECTION_CHARS = 2_900;

/**
 * `/complaint show <id>`: the case, its SLA clocks (`slaClockLines`, as on the card), its whole description,
 * and its timeline (every transition and archived message; a run of pages is one line with its count).
 */
export function complaintTimelineBlocks(
  record: ComplaintRecord,
  events: readonly ComplaintEventDraft[],
  clocks: readonly string[],
  now: Date,
  timeZone: string,
): KnownBlock[] {
  const c = record.case;
  const who = (actor: string) => (actor === "steward" ? "Steward" : /^[UW][A-Z0-9]+$/.test(actor) ? `<@${actor}>` : escapeMrkdwn(actor));
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: escapeMrkdwn(`Complaint #${c.id} · ${record.customer.key} — ${record.customer.name}`, "plain").slice(0, 150) } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `${c.class} · ${escapeMrkdwn(c.category)} · ${c.status} · tier ${c.tier} · lead: ${record.lead ? escapeMrkdwn(record.lead.name) : "—"}${record.cooperating.length ? ` · cooperating: ${escapeMrkdwn(record.cooperating.map((d) => d.name).join(", "))}` : ""}${record.cardChannel ? ` · card in <#${record.cardChannel}>` : ""}` }],
    },
  ];
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `:stopwatch: ${clocks.length ? clocks.join(" · ") : "no SLA clock"}` }] });
  for (let start = 0; start < record.description.length; start += SECTION_CHARS) {
    blocks.push({ type: "section", text: { type: "plain_text", text: escapeMrkdwn(record.description.slice(start, start + SECTION_CHARS), "plain") } });
  }
  if (c.solution) blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Solution*\n${escapeMrkdwn(c.solution.slice(0, SECTION_CHARS))}` } });
  const lines = foldPages(events).map(({ event, pages }) => {
    const moment = formatMoment(event.at, now, timeZone);
    if (pages.length < 2) return `\`${moment}\` ${who(event.actor)} ${describeEvent(event)}`;
    const reasons = [...new Set(pages.map((page) => page.reason && escapeMrkdwn(page.reason)).filter(Boolean))].join("; ");
    // Relative to the run's first page: "last 16:30" on the same day.
    const last = formatMoment(pages[pages.length - 1]!.at, event.at, timeZone);
    return `\`${moment}\` ${who(event.actor)} paged tier ${event.toTier} ${pages.length} times, last ${last}${reasons ? `: ${reasons}` : ""}`;
  });
  const sections: string[] = [];
  let chunk = "";
  for (const line of lines) {
    const clipped = line.length > SECTION_CHARS ? `${line.slice(0, SECTION_CHARS - 1)}…` : line;
    if (chunk && chunk.length + clipped.length + 1 > SECTION_CHARS) {
      sections.push(chunk);
      chunk = "";
    }
    chunk = chunk ? `${chunk}\n${clipped}` : clipped;
  }
  if (chunk) sections.push(chunk);
  const room = MAX_TIMELINE_BLOCKS - blocks.length;
  const shown = sections.slice(-room);
  if (shown.length < sections.length) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `_Earlier entries left out: ${sections.length - shown.length} screens._` }] });
  blocks.push({ type: "divider" });
  for (const text of shown) blocks.push({ type: "section", text: { type: "mrkdwn", text } });
  return blocks;
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

function describeEvent(draft: ComplaintEventDraft): string {
  const event = { ...draft, reason: draft.reason && escapeMrkdwn(draft.reason), text: draft.text && escapeMrkdwn(draft.text) };
  switch (event.kind) {
    case "transition":
      if (event.fromStatus === null) return "opened the case";
      return `${event.fromStatus} → *${event.toStatus}*${event.reason ? `: ${event.reason}` : ""}${event.text ? `: ${event.text}` : ""}`;
    case "escalation":
      return `escalated tier ${event.fromTier} → *tier ${event.toTier}*: ${event.reason ?? ""}`;
    case "warning":
      return `warned: ${event.reason ?? ""}`;
    case "page":
      return `paged tier ${event.toTier}: ${event.reason ?? ""}`;
    case "update":
      return `update: ${event.text ?? ""}`;
    case "message":
      return `:speech_balloon: ${event.text ?? ""}`;
  }
}
