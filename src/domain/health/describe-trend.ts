import type { IsoDate } from "./health-inputs.js";
import { renderSparkline } from "./render-sparkline.js";

export interface HealthTrend {
  sparkline: string;
  /** Current composite minus the last assessment's, one decimal; null when either is unknown. */
  change: number | null;
  since: IsoDate | null;
}

/** The trend over past assessments (oldest first) followed by the current score. */
export function describeTrend(
  history: ReadonlyArray<{ assessedOn: IsoDate; composite: number | null }>,
  current: number | null,
): HealthTrend {
  const last = history[history.length - 1];
  const change =
    last && last.composite !== null && current !== null ? Math.round((current - last.composite) * 10) / 10 : null;
  return {
    sparkline: renderSparkline([...history.map((point) => point.composite), current]),
    change: change === 0 ? 0 : change,
    since: last?.assessedOn ?? null,
  };
}
