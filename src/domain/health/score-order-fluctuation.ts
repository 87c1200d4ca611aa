import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { EvaluationWindow } from "./evaluation-window.js";
import { formatCompactMoney } from "./format-compact-money.js";
import type { IsoDate, MonthlyOrderTotal } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/**
 * Order fluctuation: the largest deviation of one month's order amount from the window's monthly mean,
 * as a percentage of that mean. Months without orders count as zero.
 */
export function scoreOrderFluctuation(
  input: { window: EvaluationWindow; monthlyOrders: MonthlyOrderTotal[]; customerStartedOn: IsoDate | null },
  settings: HealthSettings,
): DimensionEvaluation {
  const { window } = input;
  const months = window.months.length;
  if (input.customerStartedOn && input.customerStartedOn > window.start) {
    const startedOn = input.customerStartedOn;
    const full = window.months.filter((month) => `${month}-01` >= startedOn).length;
    return {
      computed: null,
      evidence: "",
      missing: [`order history: cooperation started ${input.customerStartedOn}, only ${full} of ${months} full months`],
    };
  }
  // Integer cents keep the boundary comparisons exact (10.0 % must be 10, not 10.000000001).
  const byMonth = new Map(input.monthlyOrders.map((row) => [row.month, Math.round(row.amount * 100)]));
  const cents = window.months.map((month) => byMonth.get(month) ?? 0);
  const total = cents.reduce((sum, value) => sum + value, 0);
  if (total <= 0) {
    return { computed: null, evidence: "", missing: [`orders: none in the last ${months} full months`] };
  }
  let worstIndex = 0;
  let worstSpread = -1;
  cents.forEach((value, i) => {
    const spread = Math.abs(value * months - total);
    if (spread > worstSpread) {
      worstSpread = spread;
      worstIndex = i;
    }
  });
  const deviation = (worstSpread * 100) / total;
  const band = settings.stability.orderFluctuation.find((b) => deviation <= b.maxDeviation + 1e-9);
  const computed = band ? band.score : settings.stability.orderFluctuationOtherwise;
  const mean = total / months / 100;
  // Rounded up so a deviation just over a threshold never reads as the threshold itself.
  const shown = Number((Math.ceil(deviation * 10 - 1e-9) / 10).toFixed(1));
  const symbol = settings.currencySymbol;
  const within = `monthly orders within ±${shown} % of ${formatCompactMoney(mean, symbol)}`;
  const firstBand = settings.stability.orderFluctuation[0]!;
  const evidence =
    deviation <= firstBand.maxDeviation + 1e-9
      ? within
      : `${within} (furthest: ${window.months[worstIndex]} at ${formatCompactMoney(cents[worstIndex]! / 100, symbol)})`;
  return { computed, evidence, missing: [] };
}
