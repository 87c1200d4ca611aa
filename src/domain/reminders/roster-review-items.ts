import type { Inline } from "../messages/message.js";
import { addMonths } from "../calendar/add-months.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import type { CustomerFacts, PersonFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { countOf } from "../text/count-of.js";

const DAY_MS = 86_400_000;
const LISTED = 15;

/**
 * Monthly roster review on the first working day of the month: each owner gets their customers whose
 * data looks stale (no contact update in 6 months, a contact without a birthday, no interaction in 60 days).
 */
export function rosterReviewItems(env: RuleEnv): DueItem[] {
  const byOwner = new Map<number, CustomerFacts[]>();
  for (const customer of env.facts.customers) {
    if (customer.ownerId === null) continue;
    const list = byOwner.get(customer.ownerId);
    if (list) list.push(customer);
    else byOwner.set(customer.ownerId, [customer]);
  }
  const items: DueItem[] = [];
  for (const [ownerId, customers] of byOwner) {
    const owner = env.person(ownerId);
    if (!owner) continue;
    const thisMonth = `${env.today(owner.timeZone).slice(0, 7)}-01`;
    const months = [thisMonth, addMonths(thisMonth, -1)].filter((monthStart) =>
      env.inWindow(digestMoment(nearestWorkingDay(monthStart, "later", env.calendar), owner.timeZone, env.calendar, env.reminders.digestTime)),
    );
    if (months.length === 0) continue;
    const stale = customers
      .map((customer) => ({ customer, reasons: staleness(customer, env) }))
      .filter((entry) => entry.reasons.length > 0);
    if (stale.length === 0) continue;
    for (const monthStart of months) {
      items.push(reviewItem(env, owner, monthStart, stale));
    }
  }
  return items;
}

function reviewItem(env: RuleEnv, owner: PersonFacts, monthStart: string, stale: { customer: CustomerFacts; reasons: string[] }[]): DueItem {
  const firstWorkingDay = nearestWorkingDay(monthStart, "later", env.calendar);
  const lines: Inline[] = stale.slice(0, LISTED).map(({ customer, reasons }) => ["• ", customer.name, " (", customer.key, `): ${reasons.join("; ")}`]);
  if (stale.length > LISTED) lines.push(`…and ${stale.length - LISTED} more`);
  return {
    key: `roster-review:person-${owner.id}:${monthStart.slice(0, 7)}`,
    rule: "roster-review",
    recipient: env.reminders.channels["roster-review"] ?? owner.address,
    personId: owner.id,
    timeZone: owner.timeZone,
    customer: null,
    occurrence: firstWorkingDay,
    sendAt: digestMoment(firstWorkingDay, owner.timeZone, env.calendar, env.reminders.digestTime),
    urgency: RULE_URGENCY["roster-review"],
    text: [{ kind: "strong", content: "Monthly roster review" }, `: ${stale.length} of your customers have stale data.`],
    detail: lines.flatMap((line, index) => (index ? ["\n", line] : [line])),
    done: { kind: "acknowledge" },
  };
}

function staleness(customer: CustomerFacts, env: RuleEnv): string[] {
  const { contactStaleMonths, interactionStaleDays } = env.reminders.rosterReview;
  const reasons: string[] = [];
  const contactCutoff = new Date(env.now.getTime() - contactStaleMonths * 30.4375 * DAY_MS);
  if (customer.contactCount === 0) reasons.push("no contacts");
  else if (!customer.lastContactUpdateAt || customer.lastContactUpdateAt < contactCutoff) {
    reasons.push(`contacts not updated in ${contactStaleMonths} months`);
  }
  if (customer.contactsWithoutBirthday > 0) reasons.push(`${countOf(customer.contactsWithoutBirthday, "contact")} without a birthday`);
  const interactionCutoff = new Date(env.now.getTime() - interactionStaleDays * DAY_MS);
  if (!customer.lastInteractionAt || customer.lastInteractionAt < interactionCutoff) {
    reasons.push(`no interaction in ${interactionStaleDays} days`);
  }
  return reasons;
}
