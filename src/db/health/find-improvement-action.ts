import type { Database } from "../database.js";
import type { ImprovementActionView } from "../../domain/health/improvement-action-view.js";
import { toImprovementActionView } from "./improvement-action-view.js";

/** One action by id, or null. */
export async function findImprovementAction(db: Database, id: number): Promise<ImprovementActionView | null> {
  const row = await db.prisma.improvementAction.findUnique({
    where: { id },
    include: { owner: { include: { identities: { select: { platform: true, externalId: true } } } }, assessment: { select: { assessedOn: true } } },
  });
  return row ? toImprovementActionView(row) : null;
}
