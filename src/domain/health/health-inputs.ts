import type { LocalDate } from "../calendar/local-date.js";
import type { EvaluationWindow } from "./evaluation-window.js";

/**
 * Calendar dates are the calendar's one local-date type (`YYYY-MM-DD`, here in the team's time zone);
 * months are `YYYY-MM`. `IsoDate` is its older name in health, kept while issue 12's branches merge.
 */
export type IsoDate = LocalDate;

export interface MonthlyOrderTotal {
  month: string;
  amount: number;
}

/**
 * Payments due inside the window, already aggregated (the database counts; Node never sees the rows).
 * Each invoice is in exactly one of: paid on time, paid late, unpaid (overdue by the evaluation date).
 */
export interface PaymentSummary {
  due: number;
  /** Paid, but after the due date. */
  paidLate: number;
  /** The most days a paid invoice was late. */
  maxDaysPaidLate: number;
  /** Not paid by the evaluation date (every invoice of the window is due by then). */
  unpaidOverdue: number;
  /** The most days an unpaid invoice is overdue on the evaluation date. */
  maxDaysOverdue: number;
}

/**
 * A complaint as it stood at the end of the evaluation date: opened in the window (or since), or opened
 * earlier and still not closed then. Its state follows from the two dates: closed once confirmed, else
 * resolved and awaiting the customer's confirmation, else open.
 */
export interface ComplaintFact {
  ref: string | null;
  class: "urgent" | "general" | "suggestion";
  openedOn: IsoDate;
  /** When it was solved, if on or before the evaluation date. */
  resolvedOn: IsoDate | null;
  /** When the customer confirmed the solution (the case closed), if on or before the evaluation date. */
  confirmedOn: IsoDate | null;
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
