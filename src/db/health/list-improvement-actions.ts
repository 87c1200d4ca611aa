import type { Database } from "../database.js";
import type { ImprovementActionView } from "../../domain/health/improvement-action-view.js";
import { toImprovementActionView } from "./improvement-action-view.js";

/** A customer's improvement actions: open ones first by deadline, then the done ones, latest first. */
export async function listImprovementActions(db: Database, customerId: number): Promise<ImprovementActionView[]> {
  const rows = await db.prisma.improvementAction.findMany({
    where: { customerId },
    include: { owner: { include: { identities: { select: { platform: true, externalId: true } } } }, assessment: { select: { assessedOn: true } } },
    orderBy: [{ deadline: "asc" }, { id: "asc" }],
    take: 100,
  });
  const views = rows.map(toImprovementActionView);
  return [
    ...views.filter((action) => action.completedAt === null),
    ...views.filter((action) => action.completedAt !== null).sort((a, b) => b.completedAt!.getTime() - a.completedAt!.getTime()),
  ];
}
