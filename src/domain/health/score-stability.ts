import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { HealthInputs } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";
import { scoreOrderFluctuation } from "./score-order-fluctuation.js";
import { scorePaymentPunctuality } from "./score-payment-punctuality.js";

/**
 * Cooperation stability = the mean of order fluctuation and payment punctuality. When only one of the two
 * has data, the dimension rests on that one and says so (the other is listed as missing), never silently.
 */
export function scoreStability(inputs: HealthInputs, settings: HealthSettings): DimensionEvaluation {
  const orders = scoreOrderFluctuation(inputs, settings);
  const payments = scorePaymentPunctuality(inputs.payments, inputs.window.months.length, settings);
  const parts = [orders, payments].filter((part) => part.computed !== null);
  const missing = [...orders.missing, ...payments.missing];
  if (parts.length === 0) return { computed: null, evidence: "", missing };
  const computed = parts.reduce((sum, part) => sum + part.computed!, 0) / parts.length;
  const evidence = parts.map((part) => part.evidence).join("; ");
  return {
    computed,
    evidence: parts.length === 2 ? evidence : `${evidence} (only part of the data: see missing)`,
    missing,
  };
}
