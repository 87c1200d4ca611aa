import { bandScore } from "./band-score.js";
import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { HealthInputs } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/** Satisfaction from the latest survey inside the look-back period (89.9 is not 90). */
export function scoreSatisfaction(survey: HealthInputs["survey"], settings: HealthSettings): DimensionEvaluation {
  if (!survey) {
    return {
      computed: null,
      evidence: "",
      missing: [`satisfaction survey: none in the last ${settings.surveyLookbackMonths} months`],
    };
  }
  const rules = settings.satisfaction;
  return {
    computed: bandScore(survey.score, rules.bands, rules.otherwise),
    evidence: `survey ${Number(survey.score.toFixed(2))} on ${survey.surveyedOn}`,
    missing: [],
  };
}
