import type { DimensionEvaluation } from "./dimension-evaluation.js";
import type { HealthInputs } from "./health-inputs.js";
import type { HealthSettings } from "./health-settings.js";

/** Needs fit is the assessor's judgement recorded with the latest assessment. */
export function scoreNeedsFit(assessment: HealthInputs["assessment"], settings: HealthSettings): DimensionEvaluation {
  if (!assessment || assessment.needsFit === null) {
    return { computed: null, evidence: "", missing: ["needs-fit judgement: no assessment has recorded one yet"] };
  }
  const level = settings.needsFit.levels.find((candidate) => candidate.score === assessment.needsFit);
  const judged = `judged ${assessment.assessedOn}${assessment.assessor ? ` by ${assessment.assessor}` : ""}`;
  return {
    computed: assessment.needsFit,
    evidence: level ? `${level.label} (${judged})` : `assessor's judgement ${assessment.needsFit}/10 (${judged})`,
    missing: [],
  };
}
