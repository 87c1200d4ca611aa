import type { Inline, Message, Part } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import type { CustomerProfile } from "./customer-profile.js";
import type { ImprovementActionView } from "./improvement-action-view.js";

export const RECORD_RESULT_ACTION = "health_record_result";

/** How many actions one message lists: platforms cap a message's parts (Slack at 50), the heading and the tail note take two. */
const MAX_SHOWN = 45;

/** The improvement-action tracking table: problem, impact, measure, owner, deadline, result. */
export function improvementActionsMessage(
  customer: CustomerProfile,
  actions: ImprovementActionView[],
  mayRecord: (action: ImprovementActionView) => boolean,
  /** The team's today, YYYY-MM-DD: an open action due before it is overdue. */
  today: string,
): Message {
  const strong = (content: Inline): Inline => ({ kind: "strong", content });
  const text = `Improvement actions of ${customer.key}: ${actions.length}`;
  const parts: Part[] = [{ kind: "heading", text: `${customer.key} · improvement actions` }];
  if (actions.length === 0) {
    parts.push({ kind: "text", text: ["No improvement actions yet. Record some with ", { kind: "code", text: `/customer assess ${customer.key}` }, "."] });
    return { text, parts };
  }
  for (const action of actions.slice(0, MAX_SHOWN)) {
    const state: Inline = action.completedAt
      ? [strong("done"), ": ", action.result ?? ""]
      : action.deadline < today
        ? [{ kind: "icon", name: "warning" }, " ", strong("overdue"), ` since ${action.deadline}`]
        : `open, due ${action.deadline}`;
    parts.push({
      kind: "text",
      text: [
        strong(action.problem),
        ` (${action.impact} impact, assessment ${action.assessedOn})\n→ `,
        action.measure,
        " · ",
        action.owner ? mentionPerson(action.owner) : "no owner",
        " · ",
        state,
      ],
      ...(!action.completedAt && mayRecord(action)
        ? { accessory: { kind: "button" as const, label: "Record result", action: RECORD_RESULT_ACTION, value: JSON.stringify({ a: action.id }) } }
        : {}),
    });
  }
  if (actions.length > MAX_SHOWN) parts.push({ kind: "note", text: `…and ${actions.length - MAX_SHOWN} older actions` });
  return { text, parts };
}
