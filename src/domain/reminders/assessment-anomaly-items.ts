import { digestMoment } from "./digest-moment.js";
import type { DueItem } from "./due-item.js";
import type { CustomerFacts } from "./reminder-facts.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";
import { countOf } from "../text/count-of.js";
import { isExtraAssessmentQuiet } from "./extra-assessment-quiet.js";
import { localToday } from "./local-today.js";
import { nextDigestMoment } from "./next-digest-moment.js";

/**
 * Extra assessments triggered by an anomaly: the last full month's orders well below the mean of the
 * months before, or more complaints recently than the customer's earlier rate. At most once a month each,
 * in the owner's morning digest, and not within the quiet period after a recorded assessment.
 */
export function assessmentAnomalyItems(env: RuleEnv): DueItem[] {
  const items: DueItem[] = [];
  const { digestTime } = env.reminders;
  for (const customer of env.facts.customers) {
    const owner = env.person(customer.ownerId);
    if (!owner) continue;
    const today = env.today(owner.timeZone);
    const month = today.slice(0, 7);
    const firstOfMonth = `${month}-01`;
    const findings = [orderDrop(customer, env), complaintRise(customer, env)].filter((f): f is Finding => f !== null);
    for (const finding of findings) {
      // An order drop is a fact of the last full month: the month's first digest. A complaint rise is
      // found whenever a complaint is filed, at any hour: the digest after that complaint, never a DM at once.
      const sendAt =
        finding.kind === "orders" || !customer.latestComplaintAt
          ? digestMoment(firstOfMonth, owner.timeZone, env.calendar, digestTime)
          : nextDigestMoment(customer.latestComplaintAt, owner.timeZone, env.calendar, digestTime);
      if (!env.inWindow(sendAt) || isExtraAssessmentQuiet(customer, localToday(sendAt, owner.timeZone), env)) continue;
      items.push({
        key: `assessment-anomaly:customer-${customer.id}:${finding.kind}-${month}`,
        rule: "assessment-anomaly",
        recipient: env.reminders.channels["assessment-anomaly"] ?? owner.address,
        personId: owner.id,
        timeZone: owner.timeZone,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        occurrence: firstOfMonth,
        sendAt,
        urgency: RULE_URGENCY["assessment-anomaly"],
        text: [{ kind: "icon", name: "warning" }, " ", { kind: "strong", content: ["Extra assessment suggested for ", customer.name] }, `: ${finding.text}.`],
        detail: null,
        done: { kind: "acknowledge" },
      });
    }
  }
  return items;
}

interface Finding {
  kind: "orders" | "complaints";
  text: string;
}

function orderDrop(customer: CustomerFacts, env: RuleEnv): Finding | null {
  const { orderBaselineMonths, orderDropPercent } = env.reminders.assessments;
  const totals = customer.monthlyOrderTotals;
  if (totals.length < orderBaselineMonths + 1) return null;
  const last = totals[totals.length - 1]!;
  const baseline = totals.slice(-orderBaselineMonths - 1, -1);
  const mean = baseline.reduce((sum, value) => sum + value, 0) / baseline.length;
  if (mean <= 0 || last >= mean * (1 - orderDropPercent / 100)) return null;
  const drop = Math.round((1 - last / mean) * 100);
  return { kind: "orders", text: `last month's orders ${drop} % below the mean of the ${orderBaselineMonths} months before` };
}

function complaintRise(customer: CustomerFacts, env: RuleEnv): Finding | null {
  const { complaintRecentDays, complaintBaselineDays } = env.reminders.assessments;
  const expected = (customer.complaintsBaseline * complaintRecentDays) / complaintBaselineDays;
  if (customer.complaintsRecent === 0 || customer.complaintsRecent <= expected) return null;
  return {
    kind: "complaints",
    text: `${countOf(customer.complaintsRecent, "complaint")} in the last ${countOf(complaintRecentDays, "day")}, above the earlier rate (${customer.complaintsBaseline} in the ${countOf(complaintBaselineDays, "day")} before)`,
  };
}
