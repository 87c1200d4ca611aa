import { addWorkingDays } from "../calendar/add-working-days.js";
import { daysBetween } from "../calendar/days-between.js";
import { nearestWorkingDay } from "../calendar/nearest-working-day.js";
import type { LocalDate } from "../calendar/local-date.js";
import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import { formatDay } from "../calendar/format-day.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { countOf } from "../text/count-of.js";

/** Improvement actions: the owner is reminded a few working days before the deadline, and flagged daily once overdue. */
export function actionItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  for (const action of env.facts.actions) {
    const customer = env.customer(action.customerId);
    const owner = env.person(action.ownerId) ?? env.person(customer?.ownerId ?? null);
    if (!customer || !owner) continue;
    const subject = { id: customer.id, key: customer.key, name: customer.name };
    const common = {
      recipient: owner.address,
      personId: owner.id,
      timeZone: owner.timeZone,
      customer: subject,
      done: { kind: "complete-action" as const, actionId: action.id },
      detail: null,
    };
    const before = env.reminders.actions.remindWorkingDaysBefore;
    items.push({
      ...common,
      key: `action-due:action-${action.id}:${action.deadline}`,
      rule: "action-due",
      recipient: env.reminders.channels["action-due"] ?? owner.address,
      occurrence: action.deadline,
      sendAt: digestMoment(addWorkingDays(action.deadline, -before, env.calendar), owner.timeZone, env.calendar, env.reminders.digestTime),
      urgency: RULE_URGENCY["action-due"],
      text: [{ kind: "strong", content: ["Improvement action for ", customer.name] }, ` due ${formatDay(action.deadline)}: `, action.problem, "."],
    });
    for (const day of overdueDays(action.deadline, env.today(owner.timeZone), env)) {
      items.push({
        ...common,
        key: `action-overdue:action-${action.id}:${day}`,
        rule: "action-overdue",
        recipient: env.reminders.channels["action-overdue"] ?? owner.address,
        occurrence: day,
        sendAt: digestMoment(day, owner.timeZone, env.calendar, env.reminders.digestTime),
        urgency: RULE_URGENCY["action-overdue"],
        text: [
          { kind: "icon", name: "red_circle" },
          " ",
          { kind: "strong", content: "Overdue" },
          ` (${countOf(daysBetween(action.deadline, day), "day")}) — improvement action for `,
          customer.name,
          ": ",
          action.problem,
          ".",
        ],
      });
    }
  }
  return items;
}

/** The latest working day after the deadline up to today, and the one before it (today's may not be due yet). */
function overdueDays(deadline: LocalDate, today: LocalDate, env: RuleEnv): LocalDate[] {
  if (today <= deadline) return [];
  const latest = nearestWorkingDay(today, "earlier", env.calendar);
  if (latest <= deadline) return [];
  const previous = addWorkingDays(latest, -1, env.calendar);
  return previous > deadline ? [latest, previous] : [latest];
}
