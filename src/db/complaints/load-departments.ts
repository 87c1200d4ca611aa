import type { Database } from "../database.js";

/** Every department, by name: the intake modal's lead and cooperating choices. */
export async function loadDepartments(db: Database): Promise<{ id: number; name: string }[]> {
  return db.prisma.department.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
