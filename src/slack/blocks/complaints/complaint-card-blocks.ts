import type { ActionsBlock, Button, KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../../db/complaints/complaint-record.js";
import type { SlaDeadline } from "../../../domain/complaints/compute-sla-deadlines.js";
import { slaClockLines } from "../../../domain/complaints/sla-clock-lines.js";
import { COMPLAINT_ACTIONS } from "./complaint-action-ids.js";
import { describeHolder } from "./describe-holder.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { foldText } from "./fold-text.js";

const CLASS_BADGE = { urgent: ":red_circle: Urgent", general: ":large_orange_circle: General", suggestion: ":white_circle: Suggestion" };
const STATUS_LABEL = {
  open: "Open — awaiting acknowledgement",
  acknowledged: "Acknowledged",
  waiting_on_customer: "Waiting on the customer",
  resolved: "Resolved — awaiting the customer's confirmation",
  closed: "Closed — the customer confirmed the solution",
  reopened: "Reopened — awaiting acknowledgement",
};
/** https://<workspace>.slack.com/archives/<channel>/p<ts>, nothing that could close the link or add a label. */
const SLACK_PERMALINK = /^https:\/\/[a-z0-9-]+(\.enterprise)?\.slack\.com\/archives\/[A-Z0-9_]+\/p\d+(\?[A-Za-z0-9_=&.-]*)?$/;
/** What a card shows of the description before pointing to `/complaint show`. */
const CARD_DESCRIPTION_CHARS = 1_200;

/**
 * The case card in the lead department's channel, rebuilt from the stored case on every change and
 * posted with `chat.update`, so the SLA clocks and buttons are always those of the current state.
 */
export function complaintCardBlocks(
  record: ComplaintRecord,
  deadlines: readonly SlaDeadline[],
  tierPeople: readonly string[],
  now: Date,
): KnownBlock[] {
  const c = record.case;
  const description = foldText(record.description, CARD_DESCRIPTION_CHARS);
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: escapeMrkdwn(`Complaint #${c.id} · ${record.customer.key} — ${record.customer.name}`, "plain").slice(0, 150) } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Class*\n${CLASS_BADGE[c.class]}` },
        { type: "mrkdwn", text: `*Category*\n${escapeMrkdwn(c.category)}` },
        { type: "mrkdwn", text: `*Status*\n${statusLabel(c)}` },
        { type: "mrkdwn", text: `*Escalation*\nTier ${c.tier} — ${describeHolder(c, tierPeople)}` },
        { type: "mrkdwn", text: `*Lead department*\n${record.lead ? escapeMrkdwn(record.lead.name) : "—"}` },
        { type: "mrkdwn", text: `*Cooperating*\n${escapeMrkdwn(record.cooperating.map((d) => d.name).join(", ")) || "—"}` },
      ],
    },
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text:
          `*Description*${record.source ? ` (via ${escapeMrkdwn(record.source)})` : ""}\n${escapeMrkdwn(description.shown)}` +
          (description.folded ? `\n_${description.folded.toLocaleString("en")} more characters: \`/complaint show ${c.id}\`_` : ""),
      },
    },
  ];
  if (c.solution && (c.status === "resolved" || c.status === "closed")) {
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Solution*\n${escapeMrkdwn(foldText(c.solution, CARD_DESCRIPTION_CHARS).shown)}` } });
  }
  const clocks = slaClockLines(deadlines, now);
  const context = [clocks.length ? `:stopwatch: ${clocks.join(" · ")}` : ":stopwatch: no SLA clock running"];
  if (record.teamChannel) context.push(`temporary team: <#${record.teamChannel}>`);
  // Only a Slack permalink becomes a link: the stored value came through a modal once.
  if (record.sourcePermalink && SLACK_PERMALINK.test(record.sourcePermalink)) context.push(`<${record.sourcePermalink}|original message>`);
  blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: context.join("  |  ") }] });
  const buttons = caseButtons(record);
  if (buttons.length) blocks.push({ type: "actions", block_id: `complaint_${c.id}`, elements: buttons } satisfies ActionsBlock);
  return blocks;
}

/** A reopened case says who reopened it, also once acknowledged again, until it is resolved anew. */
function statusLabel(c: ComplaintRecord["case"]): string {
  const reopened = c.reopenedBy && (c.status === "reopened" || c.status === "acknowledged") ? reopener(c.reopenedBy) : null;
  if (c.status === "reopened" && reopened) return `Reopened by ${reopened} — awaiting acknowledgement`;
  const asked = c.status === "waiting_on_customer" ? c.pauses?.at(-1)?.asked : undefined;
  if (asked) return `Waiting on the customer for: ${escapeMrkdwn(foldText(asked, 200).shown)} (resolution clock paused)`;
  return `${STATUS_LABEL[c.status]}${reopened ? ` (reopened by ${reopened})` : ""}`;
}

// Cases are reopened by people (Slack ids); "steward" never reopens, but would read as a name.
const reopener = (id: string) => (id === "steward" ? "Steward" : `<@${id}>`);

function caseButtons(record: ComplaintRecord): Button[] {
  const c = record.case;
  const value = String(c.id);
  const button = (text: string, actionId: string, style?: "primary" | "danger"): Button => ({
    type: "button",
    text: { type: "plain_text", text },
    action_id: actionId,
    value,
    ...(style ? { style } : {}),
  });
  const active = c.status === "open" || c.status === "acknowledged" || c.status === "waiting_on_customer" || c.status === "reopened";
  const buttons: Button[] = [];
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

/** The plain `text` of a case's card and notices (placeholder, notification): mrkdwn, so the key is escaped. */
export function complaintCardText(record: Pick<ComplaintRecord, "case" | "customer">, withState: boolean): string {
  const head = `Complaint #${record.case.id} · ${escapeMrkdwn(record.customer.key)}`;
  return withState ? `${head}: ${record.case.status}, tier ${record.case.tier}` : head;
}
