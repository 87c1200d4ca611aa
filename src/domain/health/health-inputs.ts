import type { EvaluationWindow } from "./evaluation-window.js";

/** Calendar dates are ISO `YYYY-MM-DD` strings in the team's time zone; months are `YYYY-MM`. */
export type IsoDate = string;

export interface MonthlyOrderTotal {
  month: string;
  amount: number;
}

/** Payments due inside the window, already aggregated (the database counts; Node never sees the rows). */
export interface PaymentSummary {
  due: number;
  late: number;
  /** Days past the due date of the latest payment, counting an unpaid overdue invoice up to the evaluation date. */
  maxDaysLate: number;
  unpaidOverdue: number;
}

export interface ComplaintFact {
  ref: string | null;
  class: "urgent" | "general" | "suggestion";
  openedOn: IsoDate;
  /** When it was resolved, if on or before the evaluation date. */
  resolvedOn: IsoDate | null;
}

/** An assessor's value for a dimension, replacing the computed one (or scoring an assessor-only dimension). */
export interface DimensionOverride {
  dimension: string;
  score: number;
  reason: string;
  author: string;
  on: IsoDate;
}

export interface AssessmentFacts {
  assessedOn: IsoDate;
  assessor: string | null;
  needsFit: number | null;
  overrides: DimensionOverride[];
}

/** Everything the rubric needs about one customer as of one date, gathered by the repository. */
export interface HealthInputs {
  asOf: IsoDate;
  window: EvaluationWindow;
  customerStartedOn: IsoDate | null;
  /** Only months that had orders; months absent here had none. */
  monthlyOrders: MonthlyOrderTotal[];
  payments: PaymentSummary;
  /** The latest survey within the look-back period, if any. */
  survey: { surveyedOn: IsoDate; score: number } | null;
  /** The latest assessment on or before the evaluation date, if any. */
  assessment: AssessmentFacts | null;
  interactions: { count: number; latestProactiveNeedOn: IsoDate | null };
  complaints: ComplaintFact[];
}
