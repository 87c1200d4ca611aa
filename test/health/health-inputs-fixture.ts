import { evaluationWindow } from "../../src/domain/health/evaluation-window.js";
import type { HealthInputs } from "../../src/domain/health/health-inputs.js";
import { type HealthSettings, healthSettingsSchema } from "../../src/domain/health/health-settings.js";

export const playbook: HealthSettings = healthSettingsSchema.parse({});

/** The window as of 2026-11-24: May..October 2026. */
export const AS_OF = "2026-11-24";
export const WINDOW = evaluationWindow({ asOf: AS_OF, windowMonths: 6, surveyLookbackMonths: 12, timeZone: "UTC" });

/** Steady orders, 3 payments on time, a survey of 92, needs fit 7, 2 contacts a month, no complaints. */
export function healthInputs(changes: Partial<HealthInputs> = {}): HealthInputs {
  return {
    asOf: AS_OF,
    window: WINDOW,
    customerStartedOn: "2024-01-15",
    monthlyOrders: WINDOW.months.map((month) => ({ month, amount: 1_200_000 })),
    payments: { due: 3, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 },
    survey: { surveyedOn: "2026-09-14", score: 92 },
    assessment: { assessedOn: "2026-08-31", assessor: "Mei Chen", needsFit: 7, overrides: [] },
    interactions: { count: 12, latestProactiveNeedOn: null },
    complaints: [],
    ...changes,
  };
}

/** Monthly totals for the six window months, oldest first. */
export function ordersByMonth(amounts: number[]): HealthInputs["monthlyOrders"] {
  return amounts.map((amount, i) => ({ month: WINDOW.months[i]!, amount }));
}
