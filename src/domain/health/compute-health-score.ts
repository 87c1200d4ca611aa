import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { DimensionScore } from "./dimension-score.js";
import { findKeyProblems } from "./find-key-problems.js";
import { gradeForComposite, type GradeBand } from "./grade-for-composite.js";
import type { HealthInputs, IsoDate } from "./health-inputs.js";
import type { CoreDimension, HealthSettings } from "./health-settings.js";
import { scoreEngagement } from "./score-engagement.js";
import { scoreNeedsFit } from "./score-needs-fit.js";
import { scoreRisk } from "./score-risk.js";
import { scoreSatisfaction } from "./score-satisfaction.js";
import { scoreStability } from "./score-stability.js";

export interface HealthScore {
  asOf: IsoDate;
  window: { start: IsoDate; end: IsoDate };
  dimensions: DimensionScore[];
  /** Σ score × weight over the available dimensions (re-normalised), one decimal; null below the minimum weight. */
  composite: number | null;
  grade: GradeBand | null;
  /** True when some dimension had no score and the composite rests on the others. */
  provisional: boolean;
  available: { count: number; total: number; weightPercent: number };
  keyProblems: string[];
  /** What to collect so the missing dimensions can be scored. */
  toCollect: string[];
}

const CORE_LABELS: Record<CoreDimension, string> = {
  stability: "stability",
  satisfaction: "satisfaction",
  needsFit: "needs fit",
  engagement: "engagement",
  risk: "risk",
};

/** The playbook's five-dimension health score (plus configured extra dimensions), explained. */
export function computeHealthScore(inputs: HealthInputs, settings: HealthSettings): HealthScore {
  const evaluations: Array<[string, string, number, DimensionEvaluation]> = [
    ["stability", CORE_LABELS.stability, settings.weights.stability, scoreStability(inputs, settings)],
    ["satisfaction", CORE_LABELS.satisfaction, settings.weights.satisfaction, scoreSatisfaction(inputs.survey, settings)],
    ["needsFit", CORE_LABELS.needsFit, settings.weights.needsFit, scoreNeedsFit(inputs.assessment, settings)],
    ["engagement", CORE_LABELS.engagement, settings.weights.engagement, scoreEngagement(inputs, settings)],
    ["risk", CORE_LABELS.risk, settings.weights.risk, scoreRisk(inputs.complaints, settings)],
    ...settings.extraDimensions.map(
      (extra) =>
        [
          extra.key,
          extra.label,
          extra.weight,
          { computed: null, evidence: "", missing: [`${extra.label}: not scored by an assessor yet`] },
        ] as [string, string, number, DimensionEvaluation],
    ),
  ];
  const overrides = new Map((inputs.assessment?.overrides ?? []).map((o) => [o.dimension, o]));
  const dimensions: DimensionScore[] = evaluations.map(([key, label, weight, evaluation]) => {
    const override = overrides.get(key) ?? null;
    // An assessor's score for an assessor-only dimension is its value, not a correction of missing data.
    const missing = override && evaluation.computed === null && isExtra(key, settings) ? [] : evaluation.missing;
    return {
      key,
      label,
      weight,
      computed: evaluation.computed,
      override,
      score: override ? override.score : evaluation.computed,
      evidence: evaluation.evidence,
      missing,
    };
  });

  const scored = dimensions.filter((dimension) => dimension.score !== null);
  const totalWeight = dimensions.reduce((sum, d) => sum + d.weight, 0);
  const availableWeight = scored.reduce((sum, d) => sum + d.weight, 0);
  const weightPercent = totalWeight > 0 ? (availableWeight * 100) / totalWeight : 0;
  const enough = availableWeight > 0 && weightPercent + 1e-9 >= settings.minimumAvailableWeight;
  const composite = enough
    ? roundToTenth(scored.reduce((sum, d) => sum + d.score! * d.weight, 0) / availableWeight)
    : null;
  return {
    asOf: inputs.asOf,
    window: { start: inputs.window.start, end: inputs.window.end },
    dimensions,
    composite,
    grade: composite === null ? null : gradeForComposite(composite, settings),
    provisional: scored.length < dimensions.length,
    available: { count: scored.length, total: dimensions.length, weightPercent: roundToTenth(weightPercent) },
    keyProblems: findKeyProblems(dimensions, settings),
    toCollect: dimensions.filter((d) => d.score === null).flatMap((d) => d.missing),
  };
}

function isExtra(key: string, settings: HealthSettings): boolean {
  return settings.extraDimensions.some((extra) => extra.key === key);
}

/** Half-up to one decimal; the epsilon absorbs binary noise such as 8.549999999 for 8.55. */
function roundToTenth(value: number): number {
  return Math.round(value * 10 + 1e-9) / 10;
}
