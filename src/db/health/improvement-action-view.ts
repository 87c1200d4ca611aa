import type { ImprovementActionView } from "../../domain/health/improvement-action-view.js";
import { identitiesOf } from "../people/identities-of.js";

/** The Prisma row (with owner and assessment date) as a view. */
export function toImprovementActionView(row: {
  id: number;
  customerId: number;
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  owner: { id: number; identities: { platform: string; externalId: string }[]; name: string } | null;
  deadline: Date;
  result: string | null;
  completedAt: Date | null;
  completedBy: string | null;
  assessment: { assessedOn: Date };
}): ImprovementActionView {
  return {
    id: row.id,
    customerId: row.customerId,
    assessedOn: row.assessment.assessedOn.toISOString().slice(0, 10),
    problem: row.problem,
    impact: row.impact,
    measure: row.measure,
    owner: row.owner ? { id: row.owner.id, ids: identitiesOf(row.owner.identities), name: row.owner.name } : null,
    deadline: row.deadline.toISOString().slice(0, 10),
    result: row.result,
    completedAt: row.completedAt,
    completedBy: row.completedBy,
  };
}
