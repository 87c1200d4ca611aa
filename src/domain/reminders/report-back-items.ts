import { addMonths } from "../calendar/add-months.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "../calendar/format-day.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";

/** Within a month after an assessment the owner reports progress on the improvement actions back to the customer. */
export function reportBackItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const assessment of env.facts.assessments) {
    const customer = env.customer(assessment.customerId);
    const owner = env.person(customer?.ownerId ?? null);
    if (!customer || !owner) continue;
    const occurrence = addMonths(assessment.assessedOn, env.reminders.reportBack.afterMonths);
    const sendAt = digestMoment(occurrence, owner.timeZone, env.calendar, env.reminders.digestTime);
    if (!env.inWindow(sendAt)) continue;
    items.push({
      key: `report-back:assessment-${assessment.id}:${occurrence}`,
      rule: "report-back",
      recipient: env.reminders.channels["report-back"] ?? owner.address,
      personId: owner.id,
      timeZone: owner.timeZone,
      customer: { id: customer.id, key: customer.key, name: customer.name },
      occurrence,
      sendAt,
      urgency: RULE_URGENCY["report-back"],
      text: [
        { kind: "strong", content: ["Report back to ", customer.name] },
        ` on the progress since the assessment of ${formatDay(assessment.assessedOn, occurrence)}${assessment.grade ? ` (${assessment.grade})` : ""}.`,
      ],
      detail: null,
      done: { kind: "log-interaction", interactionKind: "other", summary: "Reported assessment progress back to the customer" },
    });
  }
  return items;
}
