import type { Database } from "../database.js";

/** Every department, by name: the intake modal's lead and cooperating choices. */
export async function loadDepartments(db: Database): Promise<{ id: number; name: string; slackChannel: string | null }[]> {
  return db.prisma.department.findMany({ select: { id: true, name: true, slackChannel: true }, orderBy: { name: "asc" } });
}
