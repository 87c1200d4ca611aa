import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { PaymentSummary } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/**
 * Payment punctuality over the payments due in the window. An invoice paid late counts its days late,
 * an unpaid one its days overdue so far; each invoice is one finding, never both.
 */
export function scorePaymentPunctuality(
  payments: PaymentSummary,
  windowMonths: number,
  settings: HealthSettings,
): DimensionEvaluation {
  const rules = settings.stability;
  if (payments.due === 0) {
    return { computed: null, evidence: "", missing: [`payments: none due in the last ${windowMonths} full months`] };
  }
  const counted = `${payments.due} payment${payments.due === 1 ? "" : "s"}`;
  if (payments.paidLate === 0 && payments.unpaidOverdue === 0) {
    return {
      computed: rules.paymentOnTime,
      evidence: payments.due === 1 ? `${counted}, on time` : `${counted}, all on time`,
      missing: [],
    };
  }
  const findings = [
    ...(payments.paidLate > 0 ? [`${payments.paidLate} late by up to ${days(payments.maxDaysPaidLate)}`] : []),
    ...(payments.unpaidOverdue > 0
      ? [`${payments.unpaidOverdue} unpaid, ${payments.unpaidOverdue === 1 ? "" : "up to "}${days(payments.maxDaysOverdue)} overdue`]
      : []),
  ];
  const worst = Math.max(payments.maxDaysPaidLate, payments.maxDaysOverdue);
  const computed = worst <= rules.paymentLateToleranceDays ? rules.paymentLateWithinTolerance : rules.paymentLateBeyondTolerance;
  return { computed, evidence: `${counted}, ${findings.join(", ")}`, missing: [] };
}

function days(count: number): string {
  return `${count} day${count === 1 ? "" : "s"}`;
}
