import type { DimensionOverride } from "./health-inputs.js";

/** One dimension of a health report: computed value, any override, and the value that counts. */
export interface DimensionScore {
  key: string;
  label: string;
  /** Percent weight as configured. */
  weight: number;
  /** What the rubric computed from the data, or null when data is incomplete. */
  computed: number | null;
  override: DimensionOverride | null;
  /** The value that counts: the override if any, else the computed value; null = data incomplete. */
  score: number | null;
  evidence: string;
  missing: string[];
}
