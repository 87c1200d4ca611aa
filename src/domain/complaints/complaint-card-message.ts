import type { ButtonControl, Inline, Message, Part, PersonMention } from "../messages/message.js";
import { cardChannelOf } from "./card-channel-of.js";
import { caseActorMention } from "./case-actor-mention.js";
import { COMPLAINT_ACTIONS } from "./complaint-action-ids.js";
import type { ComplaintRecord } from "./complaint-record.js";
import type { SlaDeadline } from "./compute-sla-deadlines.js";
import { describeHolder } from "./describe-holder.js";
import { foldText } from "./fold-text.js";
import { joinInline } from "./join-inline.js";
import { slaClockLines } from "./sla-clock-lines.js";

const CLASS_BADGE = {
  urgent: [{ kind: "icon", name: "red_circle" }, " Urgent"],
  general: [{ kind: "icon", name: "large_orange_circle" }, " General"],
  suggestion: [{ kind: "icon", name: "white_circle" }, " Suggestion"],
} as const satisfies Record<string, Inline>;
const STATUS_LABEL = {
  open: "Open — awaiting acknowledgement",
  acknowledged: "Acknowledged",
  waiting_on_customer: "Waiting on the customer",
  resolved: "Resolved — awaiting the customer's confirmation",
  closed: "Closed — the customer confirmed the solution",
  reopened: "Reopened — awaiting acknowledgement",
};
/**
 * https://<workspace>.slack.com/archives/<channel>/p<ts>: the only origin shown as a link. The stored
 * value came through a modal once, so anything else (a forged `https://evil.example`) stays unlinked.
 */
const SLACK_PERMALINK = /^https:\/\/[a-z0-9-]+(\.enterprise)?\.slack\.com\/archives\/[A-Z0-9_]+\/p\d+(\?[A-Za-z0-9_=&.-]*)?$/;
/** What a card shows of the description before pointing to `/complaint show`. */
const CARD_DESCRIPTION_CHARS = 1_200;

/**
 * The case card in the lead department's channel, rebuilt from the stored case on every change and
 * rewritten in place, so the SLA clocks and buttons are always those of the current state.
 */
export function complaintCardMessage(record: ComplaintRecord, deadlines: readonly SlaDeadline[], tierPeople: readonly PersonMention[], now: Date): Message {
  const c = record.case;
  const description = foldText(record.description, CARD_DESCRIPTION_CHARS);
  const parts: Part[] = [
    { kind: "heading", text: `Complaint #${c.id} · ${record.customer.key} — ${record.customer.name}` },
    {
      kind: "fields",
      fields: [
        { label: "Class", value: CLASS_BADGE[c.class] },
        { label: "Category", value: c.category },
        { label: "Status", value: statusLabel(c) },
        { label: "Escalation", value: [`Tier ${c.tier} — `, describeHolder(c, tierPeople)] },
        { label: "Lead department", value: record.lead ? record.lead.name : "—" },
        { label: "Cooperating", value: record.cooperating.map((d) => d.name).join(", ") || "—" },
      ],
    },
    {
      kind: "text",
      text: [
        { kind: "strong", content: "Description" },
        record.source ? ` (via ${record.source})` : "",
        `\n${description.shown}`,
        description.folded ? ["\n", { kind: "emphasis", content: [`${description.folded.toLocaleString("en")} more characters: `, { kind: "code", text: `/complaint show ${c.id}` }] }] : "",
      ],
    },
  ];
  if (c.solution && (c.status === "resolved" || c.status === "closed")) {
    parts.push({ kind: "text", text: [{ kind: "strong", content: "Solution" }, `\n${foldText(c.solution, CARD_DESCRIPTION_CHARS).shown}`] });
  }
  const clocks = slaClockLines(deadlines, now);
  const context: Inline[] = [[{ kind: "icon", name: "stopwatch" }, clocks.length ? ` ${clocks.join(" · ")}` : " no SLA clock running"]];
  if (record.teamChannel) context.push(["temporary team: ", { kind: "channel", channel: cardChannelOf(record, "team")! }]);
  if (record.sourcePermalink && SLACK_PERMALINK.test(record.sourcePermalink)) context.push({ kind: "link", url: record.sourcePermalink, label: "original message" });
  parts.push({ kind: "note", text: joinInline(context, "  |  ") });
  const buttons = caseButtons(record);
  if (buttons.length) parts.push({ kind: "controls", id: `complaint_${c.id}`, controls: buttons });
  return { text: complaintCardText(record, true), parts };
}

/** A reopened case says who reopened it, also once acknowledged again, until it is resolved anew. */
function statusLabel(c: ComplaintRecord["case"]): Inline {
  const reopened = c.reopenedBy && (c.status === "reopened" || c.status === "acknowledged") ? caseActorMention(c, c.reopenedBy) : null;
  if (c.status === "reopened" && reopened) return ["Reopened by ", reopened, " — awaiting acknowledgement"];
  const asked = c.status === "waiting_on_customer" ? c.pauses?.at(-1)?.asked : undefined;
  if (asked) return `Waiting on the customer for: ${foldText(asked, 200).shown} (resolution clock paused)`;
  return [STATUS_LABEL[c.status], reopened ? [" (reopened by ", reopened, ")"] : ""];
}

function caseButtons(record: ComplaintRecord): ButtonControl[] {
  const c = record.case;
  const value = String(c.id);
  const button = (label: string, action: string, style?: "primary" | "danger"): ButtonControl => ({ kind: "button", label, action, value, ...(style ? { style } : {}) });
  const active = c.status === "open" || c.status === "acknowledged" || c.status === "waiting_on_customer" || c.status === "reopened";
  const buttons: ButtonControl[] = [];
  if (c.status === "open" || c.status === "reopened") buttons.push(button("Acknowledge", COMPLAINT_ACTIONS.acknowledge, "primary"));
  if (active && c.tier < 3) buttons.push(button("Escalate", COMPLAINT_ACTIONS.escalate, "danger"));
  if (c.status !== "closed") buttons.push(button("Add update", COMPLAINT_ACTIONS.update));
  if (c.status === "acknowledged") buttons.push(button("Waiting on customer", COMPLAINT_ACTIONS.wait));
  if (c.status === "waiting_on_customer") buttons.push(button("Customer replied", COMPLAINT_ACTIONS.resume, "primary"));
  if (active) buttons.push(button("Resolve", COMPLAINT_ACTIONS.resolve));
  if (c.status === "resolved") buttons.push(button("Confirm closed", COMPLAINT_ACTIONS.confirm, "primary"));
  if (c.status === "resolved" || c.status === "closed") buttons.push(button("Reopen", COMPLAINT_ACTIONS.reopen));
  return buttons;
}

/** The one-line text of a case's card and notices (placeholder, notification). */
export function complaintCardText(record: Pick<ComplaintRecord, "case" | "customer">, withState: boolean): string {
  const head = `Complaint #${record.case.id} · ${record.customer.key}`;
  return withState ? `${head}: ${record.case.status}, tier ${record.case.tier}` : head;
}
