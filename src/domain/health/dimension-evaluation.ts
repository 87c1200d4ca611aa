/** What one rubric function concludes from the data: a score, or what is missing to give one. */
export interface DimensionEvaluation {
  computed: number | null;
  /** One line a person can check against the records ("3 payments, all on time"). */
  evidence: string;
  /** Inputs that were not there, named so someone can go and collect them. */
  missing: string[];
}
