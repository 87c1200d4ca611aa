import dayjs from "dayjs";
import timezone from "dayjs/plugin/timezone.js";
import utc from "dayjs/plugin/utc.js";
import type { ComplaintClass, EscalationTier } from "./complaint-case.js";
import { COMPLAINT_CLASSES } from "./complaint-case.js";
import { type SatisfactionSummary, summarizeSatisfaction } from "./summarize-satisfaction.js";
import type { TierVisit } from "./summarize-tier-visits.js";

dayjs.extend(utc);
dayjs.extend(timezone);

export interface ReportComplaint {
  id: number;
  customerKey: string;
  class: ComplaintClass;
  category: string;
  openedAt: Date;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  /**
   * Measured on the case's own SLA clock (case-durations.ts: business hours for general complaints, the
   * wait on the customer left out of the resolution). Absent: elapsed time from the timestamps.
   */
  firstResponseMs?: number;
  resolutionMs?: number | null;
  /** The customer's satisfaction with the handling (1–5), asked at closing; absent or null: not answered. */
  satisfaction?: number | null;
  leadDepartment?: string | null;
  tierVisits: readonly TierVisit[];
}

export interface MonthlyReportInput {
  /** `YYYY-MM`, a calendar month in `timeZone`. */
  month: string;
  timeZone: string;
  /** The report's moment: resolutions after it are not counted yet. */
  asOf: Date;
  /** The month's complaints and those opened in the `repeatWindowDays` before it (for the repeat rate). */
  complaints: readonly ReportComplaint[];
  repeatWindowDays: number;
  topCustomers: number;
}

export interface SlaComplianceRow {
  class: ComplaintClass;
  tier: EscalationTier;
  /** Visits of this tier by the month's cases whose clocks have all ended (met or missed). */
  cases: number;
  met: number;
  rate: number | null;
  /** Visits whose clocks still run and nothing was missed yet: not judged. */
  running: number;
}

export interface MonthlyReport {
  month: string;
  from: Date;
  to: Date;
  total: number;
  byCategory: { category: string; total: number; byClass: Record<ComplaintClass, number> }[];
  byClass: Record<ComplaintClass, number>;
  resolved: number;
  resolutionRate: number | null;
  repeats: number;
  repeatRate: number | null;
  slaCompliance: SlaComplianceRow[];
  /**
   * Opening to first response; a case still waiting at `asOf` counts with its wait so far (it has waited
   * at least that long), so an unanswered case cannot make the median look better.
   */
  medianFirstResponseMs: number | null;
  /** The month's longest wait for a first response, and whether that case is still waiting. */
  longestFirstResponse: { id: number; ms: number; waiting: boolean } | null;
  medianResolutionMs: number | null;
  topCustomers: { customerKey: string; count: number }[];
  /** The month's cases' satisfaction answers, per class, category and lead department. */
  satisfaction: SatisfactionSummary;
}

const DAY_MS = 86_400_000;

/** The monthly complaint report (domain.md §4): counts, resolution and repeat rates, SLA compliance, medians. */
export function buildMonthlyReport(input: MonthlyReportInput): MonthlyReport {
  const start = dayjs.tz(`${input.month}-01`, input.timeZone);
  const from = start.toDate();
  const to = start.add(1, "month").toDate();
  const inMonth = input.complaints.filter((c) => c.openedAt >= from && c.openedAt < to);

  const emptyByClass = (): Record<ComplaintClass, number> => ({ urgent: 0, general: 0, suggestion: 0 });
  const byClass = emptyByClass();
  const categories = new Map<string, Record<ComplaintClass, number>>();
  const customers = new Map<string, number>();
  for (const complaint of inMonth) {
    byClass[complaint.class] += 1;
    const row = categories.get(complaint.category) ?? emptyByClass();
    row[complaint.class] += 1;
    categories.set(complaint.category, row);
    customers.set(complaint.customerKey, (customers.get(complaint.customerKey) ?? 0) + 1);
  }

  const resolved = inMonth.filter((c) => c.resolvedAt !== null && c.resolvedAt <= input.asOf);
  const repeats = inMonth.filter((complaint) =>
    input.complaints.some(
      (earlier) =>
        earlier.id !== complaint.id &&
        earlier.customerKey === complaint.customerKey &&
        earlier.category === complaint.category &&
        earlier.openedAt < complaint.openedAt &&
        complaint.openedAt.getTime() - earlier.openedAt.getTime() <= input.repeatWindowDays * DAY_MS,
    ),
  );

  const waits = inMonth.map((c) => {
    const answered = c.firstResponseAt && c.firstResponseAt <= input.asOf ? c.firstResponseAt : null;
    return { id: c.id, ms: c.firstResponseMs ?? Math.max(0, (answered ?? input.asOf).getTime() - c.openedAt.getTime()), waiting: answered === null };
  });
  const longest = [...waits].sort((a, b) => b.ms - a.ms || a.id - b.id)[0] ?? null;

  const slaCompliance: SlaComplianceRow[] = [];
  for (const complaintClass of COMPLAINT_CLASSES) {
    for (const tier of [1, 2, 3] as const) {
      const visits = inMonth
        .filter((c) => c.class === complaintClass)
        .flatMap((c) => c.tierVisits.filter((visit) => visit.tier === tier));
      const met = visits.filter((visit) => visit.verdict === "met").length;
      const judged = visits.filter((visit) => visit.verdict !== "running").length;
      const running = visits.length - judged;
      slaCompliance.push({ class: complaintClass, tier, cases: judged, met, rate: ratio(met, judged), running });
    }
  }

  return {
    month: input.month,
    from,
    to,
    total: inMonth.length,
    byCategory: [...categories.entries()]
      .map(([category, counts]) => ({ category, total: counts.urgent + counts.general + counts.suggestion, byClass: counts }))
      .sort((a, b) => b.total - a.total || a.category.localeCompare(b.category)),
    byClass,
    resolved: resolved.length,
    resolutionRate: ratio(resolved.length, inMonth.length),
    repeats: repeats.length,
    repeatRate: ratio(repeats.length, inMonth.length),
    slaCompliance,
    medianFirstResponseMs: median(waits.map((wait) => wait.ms)),
    longestFirstResponse: longest,
    medianResolutionMs: median(resolved.map((c) => c.resolutionMs ?? c.resolvedAt!.getTime() - c.openedAt.getTime())),
    topCustomers: [...customers.entries()]
      .map(([customerKey, count]) => ({ customerKey, count }))
      .sort((a, b) => b.count - a.count || a.customerKey.localeCompare(b.customerKey))
      .slice(0, input.topCustomers),
    satisfaction: summarizeSatisfaction(inMonth),
  };
}

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
