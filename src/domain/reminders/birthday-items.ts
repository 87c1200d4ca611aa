import type { DueItem } from "./due-item.js";
import { greetingMoment } from "./greeting-moment.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { isPossibleMonthDay, yearlyDate } from "./yearly-date.js";

/** Contacts' birthdays: the owner is reminded on the morning of the day (in the owner's zone), with a suggested greeting. */
export function birthdayItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const contact of env.facts.contacts) {
    const { birthdayMonth: month, birthdayDay: day } = contact;
    if (month === null || day === null || !isPossibleMonthDay(month, day)) continue;
    const customer = env.customer(contact.customerId);
    const owner = env.person(customer?.ownerId ?? null);
    if (!customer || !owner) continue;
    for (const year of env.candidateYears(owner.timeZone)) {
      const birthday = yearlyDate(month, day, year, env.reminders.birthdays.leapDayInCommonYears);
      const moment = greetingMoment(birthday, owner.timeZone, env);
      if (!moment) continue;
      const { sendAt, when } = moment;
      const firstName = contact.name.split(/\s+/)[0] ?? contact.name;
      items.push({
        key: `birthday:contact-${contact.id}:${birthday}`,
        rule: "birthday",
        recipient: env.reminders.channels.birthday ?? owner.address,
        personId: owner.id,
        timeZone: owner.timeZone,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        occurrence: birthday,
        sendAt,
        urgency: RULE_URGENCY.birthday,
        text: [
          { kind: "icon", name: "birthday" },
          " ",
          { kind: "strong", content: contact.name },
          contact.title ? [" (", contact.title, ")"] : [],
          " at ",
          customer.name,
          ` has a birthday ${when}.`,
        ],
        detail: ["Suggested greeting: “Happy birthday, ", firstName, "! Wishing you a wonderful year ahead, and thank you for the great work together.”"],
        done: { kind: "log-interaction", interactionKind: "greeting", summary: `Birthday greeting to ${contact.name}` },
      });
    }
  }
  return items;
}
