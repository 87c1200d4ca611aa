import { addDays } from "../calendar/add-days.js";
import { daysBetween } from "../calendar/days-between.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "../calendar/format-day.js";
import { localToday } from "./local-today.js";
import { recentOccurrences } from "./recent-occurrences.js";
import type { CustomerFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";

/**
 * Follow-up due, counted from the last logged interaction: weekly for high-potential customers and
 * during the onboarding plan, twice a month otherwise, at least monthly for customers graded "fair";
 * repeated every cadence while nobody gets in touch.
 */
export function followUpItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const customer of env.facts.customers) {
    const owner = env.person(customer.ownerId);
    if (!owner) continue;
    const today = env.today(owner.timeZone);
    const { everyDays, reason } = cadence(customer, today, env);
    const anchor = customer.lastInteractionAt
      ? localToday(customer.lastInteractionAt, owner.timeZone)
      : (customer.startedOn ?? localToday(customer.createdAt, owner.timeZone));
    // In touch within the cadence: no occurrence yet, so skip before any date work (recentOccurrences would give none).
    if (daysBetween(anchor, today) < everyDays) continue;
    for (const occurrence of recentOccurrences(addDays(anchor, everyDays), everyDays, today)) {
      const sendAt = digestMoment(occurrence, owner.timeZone, env.calendar, env.reminders.digestTime);
      if (!env.inWindow(sendAt)) continue;
      const since = customer.lastInteractionAt ? `last contact ${formatDay(anchor, occurrence)}` : "no interaction logged yet";
      items.push({
        key: `follow-up:customer-${customer.id}:${occurrence}`,
        rule: "follow-up",
        recipient: env.reminders.channels["follow-up"] ?? owner.address,
        personId: owner.id,
        timeZone: owner.timeZone,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        occurrence,
        sendAt,
        urgency: RULE_URGENCY["follow-up"],
        text: [{ kind: "strong", content: ["Follow up with ", customer.name] }, ` — ${describeCadence(reason, customer, env)} (${since}).`],
        detail: null,
        done: { kind: "log-interaction", interactionKind: "other", summary: "Follow-up done (from a Steward reminder)" },
      });
    }
  }
  return items;
}

type CadenceReason = "onboarding" | "high-potential" | "normal" | "attention";

/** How often to follow up and why; the wording is built only for the few customers with an item. */
function cadence(customer: CustomerFacts, today: string, env: RuleEnv): { everyDays: number; reason: CadenceReason } {
  const rules = env.reminders.followUp;
  const onboarding =
    customer.startedOn !== null && daysBetween(customer.startedOn, today) < rules.onboardingDays;
  let result: { everyDays: number; reason: CadenceReason } = onboarding
    ? { everyDays: rules.onboardingEveryDays, reason: "onboarding" }
    : customer.highPotential
      ? { everyDays: rules.highPotentialEveryDays, reason: "high-potential" }
      : { everyDays: rules.normalEveryDays, reason: "normal" };
  if (customer.latestGrade && rules.attentionGrades.includes(customer.latestGrade) && rules.attentionEveryDays < result.everyDays) {
    result = { everyDays: rules.attentionEveryDays, reason: "attention" };
  }
  return result;
}

function describeCadence(reason: CadenceReason, customer: CustomerFacts, env: RuleEnv): string {
  const rules = env.reminders.followUp;
  switch (reason) {
    case "onboarding":
      return `${rules.onboardingDays}-day onboarding plan: every ${rules.onboardingEveryDays} days`;
    case "high-potential":
      return `high-potential: every ${rules.highPotentialEveryDays} days`;
    case "normal":
      return `every ${rules.normalEveryDays} days`;
    case "attention":
      return `graded ${customer.latestGrade}: at least every ${rules.attentionEveryDays} days`;
  }
}
