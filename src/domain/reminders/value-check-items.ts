import { addDays } from "../calendar/add-days.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "../calendar/format-day.js";
import { localToday } from "./local-today.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";

/** After a solution is delivered: check its effect with the customer 1–2 weeks later. */
export function valueCheckItems(env: RuleEnv): DueItem[] {
  const { afterDays, deliveryKinds } = env.reminders.valueCheck;
  const items: DueItem[] = [];
  for (const interaction of env.facts.interactions) {
    if (!deliveryKinds.includes(interaction.kind)) continue;
    const customer = env.customer(interaction.customerId);
    const owner = env.person(customer?.ownerId ?? null);
    if (!customer || !owner) continue;
    const delivered = localToday(interaction.occurredAt, owner.timeZone);
    const occurrence = addDays(delivered, afterDays);
    const sendAt = digestMoment(occurrence, owner.timeZone, env.calendar, env.reminders.digestTime);
    if (!env.inWindow(sendAt)) continue;
    items.push({
      key: `value-check:interaction-${interaction.id}:${occurrence}`,
      rule: "value-check",
      recipient: env.reminders.channels["value-check"] ?? owner.address,
      personId: owner.id,
      timeZone: owner.timeZone,
      customer: { id: customer.id, key: customer.key, name: customer.name },
      occurrence,
      sendAt,
      urgency: RULE_URGENCY["value-check"],
      text: [
        { kind: "strong", content: ["Check the value of the delivery to ", customer.name] },
        ` (delivered ${formatDay(delivered)}): is it having the effect they needed?`,
      ],
      detail: null,
      done: { kind: "log-interaction", interactionKind: "call", summary: "Value check after delivery (from a Steward reminder)" },
    });
  }
  return items;
}
