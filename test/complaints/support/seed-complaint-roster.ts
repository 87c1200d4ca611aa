import type { Database } from "../../../src/db/database.js";
import { withActor } from "../../../src/db/with-actor.js";

export interface ComplaintRoster {
  customerId: number;
  supportDepartmentId: number;
  engineeringDepartmentId: number;
}

/**
 * A small roster for complaint tests: ACME owned by Olga (U_OWNER), customer service Fay (U_FRONT),
 * the Support department (#C_SUPPORT) headed by Hana (U_HEAD), Engineering (#C_ENG) with Tom in
 * technical support (U_TECH), executive Eve (U_EXEC), and an outsider Otto (U_OUT).
 */
export async function seedComplaintRoster(db: Database): Promise<ComplaintRoster> {
  return withActor(db, "cli:test", async (tx) => {
    const support = await tx.department.create({ data: { name: "Support", channels: { create: { platform: "slack", channel: "C_SUPPORT" } } } });
    const engineering = await tx.department.create({ data: { name: "Engineering", channels: { create: { platform: "slack", channel: "C_ENG" } } } });
    const person = (slackUserId: string, name: string, roles: ("owner" | "frontline" | "department_head" | "tech_support" | "executive")[], departmentId: number | null) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, roles, departmentId, timeZone: "Asia/Shanghai" } });
    const owner = await person("U_OWNER", "Olga", ["owner"], null);
    await person("U_FRONT", "Fay", ["frontline"], support.id);
    const head = await person("U_HEAD", "Hana", ["department_head"], support.id);
    await person("U_TECH", "Tom", ["tech_support"], engineering.id);
    await person("U_EXEC", "Eve", ["executive"], null);
    await person("U_OUT", "Otto", [], null);
    await tx.department.update({ where: { id: support.id }, data: { headId: head.id } });
    const customer = await tx.customer.create({ data: { key: "ACME", name: "Acme Corp", ownerId: owner.id } });
    return { customerId: customer.id, supportDepartmentId: support.id, engineeringDepartmentId: engineering.id };
  });
}
