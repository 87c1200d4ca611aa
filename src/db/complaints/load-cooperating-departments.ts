import type { Tx } from "../with-actor.js";

/** The cooperating departments of each of these cases (by case id); cases without any are absent. */
export async function loadCooperatingDepartments(tx: Tx, complaintIds: readonly number[]): Promise<Map<number, { id: number }[]>> {
  const byCase = new Map<number, { id: number }[]>();
  if (complaintIds.length === 0) return byCase;
  const rows = await tx.complaintDepartment.findMany({ where: { complaintId: { in: [...complaintIds] } }, select: { complaintId: true, departmentId: true } });
  for (const row of rows) byCase.set(row.complaintId, [...(byCase.get(row.complaintId) ?? []), { id: row.departmentId }]);
  return byCase;
}
