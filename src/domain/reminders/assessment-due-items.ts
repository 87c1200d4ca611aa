import { addWorkingDays } from "../calendar/add-working-days.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import type { LocalDate } from "../calendar/local-date.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "../calendar/format-day.js";
import type { CustomerFacts, PersonFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";

/**
 * An assessment due on `dueOn`: the data-preparation reminder to the assessment team a few working
 * days before, and the assessment itself on each of `occurrences` (the day, then repeats while overdue).
 * A cadence date on a weekend or holiday means the next working day: that is the date the reminders
 * name and count the preparation back from. The keys keep the cadence date, so they never change.
 */
export function assessmentDueItems(
  env: RuleEnv,
  customer: CustomerFacts,
  owner: PersonFacts,
  dueOn: LocalDate,
  why: string,
  occurrences: readonly LocalDate[] = [dueOn],
): DueItem[] {
  const subject = { id: customer.id, key: customer.key, name: customer.name };
  const assessOn = nearestWorkingDay(dueOn, "later", env.calendar);
  const items: DueItem[] = [];
  for (const occurrence of occurrences) {
    const sendAt = digestMoment(occurrence, owner.timeZone, env.calendar, env.reminders.digestTime);
    if (!env.inWindow(sendAt)) continue;
    items.push({
      key: `assessment:customer-${customer.id}:${occurrence}`,
      rule: "assessment",
      recipient: env.reminders.channels.assessment ?? owner.address,
      personId: owner.id,
      timeZone: owner.timeZone,
      customer: subject,
      occurrence,
      sendAt,
      urgency: RULE_URGENCY.assessment,
      text: [
        { kind: "strong", content: ["Assessment due for ", customer.name] },
        ` (${why})${occurrence <= assessOn ? "" : ` — overdue since ${formatDay(assessOn, occurrence)}`}.`,
      ],
      detail: null,
      done: { kind: "acknowledge" },
    });
  }
  const prepDays = env.reminders.assessments.prepWorkingDaysBefore;
  const prepSendAt = digestMoment(addWorkingDays(assessOn, -prepDays, env.calendar), owner.timeZone, env.calendar, env.reminders.digestTime);
  if (env.inWindow(prepSendAt)) {
    items.push({
      key: `assessment-prep:customer-${customer.id}:${dueOn}`,
      rule: "assessment-prep",
      recipient: env.reminders.channels["assessment-prep"] ?? owner.address,
      personId: owner.id,
      timeZone: owner.timeZone,
      customer: subject,
      occurrence: dueOn,
      sendAt: prepSendAt,
      urgency: RULE_URGENCY["assessment-prep"],
      text: [
        { kind: "strong", content: ["Prepare the data for the assessment of ", customer.name] },
        ` on ${formatDay(assessOn)} (${why}): orders, payments, surveys, interactions, complaints — due in ${prepDays} working days.`,
      ],
      detail: null,
      done: { kind: "acknowledge" },
    });
  }
  return items;
}
