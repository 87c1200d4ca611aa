import type { KnownBlock } from "@slack/types";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import type { ImprovementActionView } from "../../../db/health/improvement-action-view.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { mentionPerson } from "../mention-person.js";

export const RECORD_RESULT_ACTION = "health_record_result";

/** The improvement-action tracking table: problem, impact, measure, owner, deadline, result. */
export function improvementActionsBlocks(
  customer: CustomerProfile,
  actions: ImprovementActionView[],
  mayRecord: (action: ImprovementActionView) => boolean,
  /** The team's today, YYYY-MM-DD: an open action due before it is overdue. */
  today: string,
): KnownBlock[] {
  const e = escapeMrkdwn;
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: escapeMrkdwn(`${customer.key} · improvement actions`, "plain").slice(0, 150) } },
  ];
  if (actions.length === 0) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: `No improvement actions yet. Record some with \`/customer assess ${e(customer.key)}\`.` },
    });
    return blocks;
  }
  // Slack allows 50 blocks; the header and the tail note take two.
  for (const action of actions.slice(0, 45)) {
    const owner = action.owner ? mentionPerson(action.owner) : "no owner";
    const state = action.completedAt
      ? `*done*: ${e(action.result ?? "")}`
      : action.deadline < today
        ? `:warning: *overdue* since ${action.deadline}`
        : `open, due ${action.deadline}`;
    const text = `*${e(action.problem)}* (${action.impact} impact, assessment ${action.assessedOn})\n→ ${e(action.measure)} · ${owner} · ${state}`;
    const block: KnownBlock = { type: "section", text: { type: "mrkdwn", text: text.slice(0, 2900) } };
    if (!action.completedAt && mayRecord(action)) {
      block.accessory = {
        type: "button",
        action_id: RECORD_RESULT_ACTION,
        text: { type: "plain_text", text: "Record result" },
        value: JSON.stringify({ a: action.id }),
      };
    }
    blocks.push(block);
  }
  if (actions.length > 45) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `…and ${actions.length - 45} older actions` }] });
  return blocks;
}
