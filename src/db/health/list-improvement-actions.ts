import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { Database } from "../database.js";

export interface ImprovementActionView {
  id: number;
  customerId: number;
  assessedOn: IsoDate;
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  owner: { id: number; slackUserId: string; name: string } | null;
  deadline: IsoDate;
  result: string | null;
  completedAt: Date | null;
  completedBy: string | null;
}

/** A customer's improvement actions: open ones first by deadline, then the done ones, latest first. */
export async function listImprovementActions(db: Database, customerId: number): Promise<ImprovementActionView[]> {
  const rows = await db.prisma.improvementAction.findMany({
    where: { customerId },
    include: { owner: true, assessment: { select: { assessedOn: true } } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 100,
  });
  const views = rows.map(toView);
  return [
    ...views.filter((action) => action.completedAt === null),
    ...views.filter((action) => action.completedAt !== null).sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime()),
  ];
}

/** One action by id, or null. */
export async function findImprovementAction(db: Database, id: number): Promise<ImprovementActionView | null> {
  const row = await db.prisma.improvementAction.findUnique({
    where: { id },
    include: { owner: true, assessment: { select: { assessedOn: true } } },
  });
  return row ? toView(row) : null;
}

function toView(row: {
  id: number;
  customerId: number;
  problem: string;
  impact: "high" | "medium" | "low";
  measure: string;
  owner: { id: number; slackUserId: string; name: string } | null;
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
    owner: row.owner ? { id: row.owner.id, slackUserId: row.owner.slackUserId, name: row.owner.name } : null,
    deadline: row.deadline.toISOString().slice(0, 10),
    result: row.result,
    completedAt: row.completedAt,
    completedBy: row.completedBy,
  };
}
