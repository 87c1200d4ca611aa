import type { Database } from "../database.js";

/** The departments a person heads (department heads see their department's customers). */
export async function headedDepartmentIds(db: Database, personId: number): Promise<number[]> {
  const rows = await db.prisma.department.findMany({ where: { headId: personId }, select: { id: true } });
  return rows.map((row) => row.id);
}
