import type { Database } from "../../../src/db/database.js";
import { withActor } from "../../../src/db/with-actor.js";

/** The kinds of people issue 10 §2 asks every button to be tried by, with their Slack ids. */
export const PRESSERS = {
  owner: "U_OWNER",
  leadFrontline: "U_FRONT",
  otherFrontline: "U_FINN",
  leadHead: "U_HEAD",
  techSupport: "U_TECH",
  executive: "U_EXEC",
  admin: "U_ADMIN",
  unrelated: "U_OTTO",
  stranger: "U_STRANGER",
} as const;
export type Presser = keyof typeof PRESSERS;

export interface PermissionRoster {
  customerId: number;
  supportId: number;
  engineeringId: number;
  salesId: number;
  careId: number;
  personIds: Record<Exclude<Presser, "stranger">, number>;
}

/**
 * ACME owned by Olga (Sales); Support (lead, #C_SUPPORT) with frontline Fay and head Hana; Engineering
 * (cooperating) with Tom in technical support and frontline Cora; Sales with frontline Finn and Otto
 * (no role); executive Eve; admin Ada; a Customer Care department with frontline Carl. U_STRANGER is
 * not on the roster.
 */
export async function seedPermissionRoster(db: Database): Promise<PermissionRoster> {
  return withActor(db, "cli:test", async (tx) => {
    const department = (name: string, slackChannel: string) => tx.department.create({ data: { name, channels: { create: { platform: "slack", channel: slackChannel } } } });
    const support = await department("Support", "C_SUPPORT");
    const engineering = await department("Engineering", "C_ENG");
    const sales = await department("Sales", "C_SALES");
    const care = await department("Customer Care", "C_CARE");
    type Role = "owner" | "frontline" | "department_head" | "tech_support" | "executive" | "admin";
    const person = async (slackUserId: string, name: string, roles: Role[], departmentId: number | null) =>
      (await tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, roles, departmentId, timeZone: "Asia/Shanghai" } })).id;
    const personIds = {
      owner: await person(PRESSERS.owner, "Olga", ["owner"], sales.id),
      leadFrontline: await person(PRESSERS.leadFrontline, "Fay", ["frontline"], support.id),
      otherFrontline: await person(PRESSERS.otherFrontline, "Finn", ["frontline"], sales.id),
      leadHead: await person(PRESSERS.leadHead, "Hana", ["department_head"], support.id),
      techSupport: await person(PRESSERS.techSupport, "Tom", ["tech_support"], engineering.id),
      executive: await person(PRESSERS.executive, "Eve", ["executive"], null),
      admin: await person(PRESSERS.admin, "Ada", ["admin"], null),
      unrelated: await person(PRESSERS.unrelated, "Otto", [], sales.id),
    };
    await person("U_CORA", "Cora", ["frontline"], engineering.id);
    await person("U_CARL", "Carl", ["frontline"], care.id);
    await tx.department.update({ where: { id: support.id }, data: { headId: personIds.leadHead } });
    const customer = await tx.customer.create({ data: { key: "ACME", name: "Acme Corp", ownerId: personIds.owner } });
    return { customerId: customer.id, supportId: support.id, engineeringId: engineering.id, salesId: sales.id, careId: care.id, personIds };
  });
}
