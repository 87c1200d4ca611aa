import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { PaymentSummary } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/** Payment punctuality over the payments due in the window; an unpaid overdue invoice counts its days so far. */
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
  if (payments.late === 0) {
    return {
      computed: rules.paymentOnTime,
      evidence: payments.due === 1 ? `${counted}, on time` : `${counted}, all on time`,
      missing: [],
    };
  }
  const unpaid = payments.unpaidOverdue > 0 ? `, ${payments.unpaidOverdue} still unpaid` : "";
  const days = `${payments.maxDaysLate} day${payments.maxDaysLate === 1 ? "" : "s"}`;
  const computed =
    payments.maxDaysLate <= rules.paymentLateToleranceDays
      ? rules.paymentLateWithinTolerance
      : rules.paymentLateBeyondTolerance;
  return { computed, evidence: `${counted}, ${payments.late} late by up to ${days}${unpaid}`, missing: [] };
}
