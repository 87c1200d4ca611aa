import { bandScore } from "./band-score.js";
import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { HealthInputs } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/**
 * Engagement: interactions per month averaged over the window (over the months the customer existed, for a
 * customer that started inside it), plus a bonus when the customer raised a new need in the window.
 */
export function scoreEngagement(inputs: HealthInputs, settings: HealthSettings): DimensionEvaluation {
  const startMonth = inputs.customerStartedOn?.slice(0, 7);
  const observed = inputs.window.months.filter((month) => !startMonth || month >= startMonth).length;
  if (observed === 0) {
    return {
      computed: null,
      evidence: "",
      missing: [`interactions: cooperation started ${inputs.customerStartedOn}, no month of it in the window yet`],
    };
  }
  const rules = settings.engagement;
  const perMonth = inputs.interactions.count / observed;
  const base = bandScore(perMonth, rules.bands, rules.otherwise);
  const need = inputs.interactions.latestProactiveNeedOn;
  const computed = need ? Math.min(rules.cap, base + rules.proactiveNeedBonus) : base;
  const rate = `${perMonth.toFixed(1)} contacts/month`;
  const over = observed < inputs.window.months.length ? ` over ${observed} month${observed === 1 ? "" : "s"}` : "";
  return { computed, evidence: need ? `${rate}${over}, new need raised ${need}` : `${rate}${over}`, missing: [] };
}
