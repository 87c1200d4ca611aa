import type { Database } from "../database.js";

/**
 * The active roster people an improvement action may be given to, for a form's person picker: the
 * customer's owner first, then the people of the owner's department, then everyone else, each by name.
 */
export async function listActionOwnerChoices(db: Database, owner: { id: number; departmentId: number | null } | null, limit: number): Promise<{ personId: number; name: string }[]> {
  const people = await db.prisma.$queryRaw<{ id: number; name: string }[]>`
    SELECT id, name FROM people WHERE active
     ORDER BY id = ${owner?.id ?? null}::int DESC NULLS LAST, department_id IS NOT DISTINCT FROM ${owner?.departmentId ?? null}::int AND ${owner?.departmentId ?? null}::int IS NOT NULL DESC, name, id
     LIMIT ${limit}`;
  return people.map((person) => ({ personId: person.id, name: person.name }));
}
