import type { ComplaintClass } from "./complaint-case.js";
import { COMPLAINT_CLASSES } from "./complaint-case.js";

export interface SatisfactionGroup {
  /** The class, category or lead department ("—" for a case without one). */
  name: string;
  responses: number;
  /** Mean score 1–5, one decimal. */
  average: number;
}

export interface SatisfactionSummary {
  responses: number;
  average: number | null;
  byClass: SatisfactionGroup[];
  byCategory: SatisfactionGroup[];
  byLeadDepartment: SatisfactionGroup[];
}

/** The customers' satisfaction with the handling (1–5, asked at closing) of a set of cases, per class, category and lead department. */
export function summarizeSatisfaction(
  cases: readonly { class: ComplaintClass; category: string; leadDepartment?: string | null; satisfaction?: number | null }[],
): SatisfactionSummary {
  const answered = cases.filter((c): c is typeof c & { satisfaction: number } => typeof c.satisfaction === "number");
  const group = (nameOf: (c: (typeof answered)[number]) => string, order?: readonly string[]): SatisfactionGroup[] => {
    const groups = new Map<string, number[]>();
    for (const c of answered) groups.set(nameOf(c), [...(groups.get(nameOf(c)) ?? []), c.satisfaction]);
    return [...groups.entries()]
      .map(([name, scores]) => ({ name, responses: scores.length, average: mean(scores) }))
      .sort((a, b) => (order ? order.indexOf(a.name) - order.indexOf(b.name) : b.responses - a.responses || a.name.localeCompare(b.name)));
  };
  return {
    responses: answered.length,
    average: answered.length ? mean(answered.map((c) => c.satisfaction)) : null,
    byClass: group((c) => c.class, COMPLAINT_CLASSES),
    byCategory: group((c) => c.category),
    byLeadDepartment: group((c) => c.leadDepartment ?? "—"),
  };
}

function mean(scores: readonly number[]): number {
  return Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;
}
