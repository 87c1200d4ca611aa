import type { Database } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";

export interface SeededRoster {
  people: { shanghai: number; berlin: number; la: number };
  customers: Record<string, number>;
  contacts: Record<string, number>;
  actionId: number;
}

/**
 * A small roster across three zones, quiet except for what the flow test expects in the week of
 * Monday 23 November 2026: birthdays on Tue 24 (all three owners) and Sat 28 (Berlin), a follow-up
 * due Wed 25 (LA), an improvement action due Mon 30 (Shanghai), and an assessment due Mon 30 (Berlin).
 */
export async function seedReminderRoster(db: Database): Promise<SeededRoster> {
  return withActor(db, "cli:test", async (tx) => {
    const person = (slackUserId: string, name: string, timeZone: string | null) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, timeZone, roles: ["owner"] } });
    const shanghai = await person("U_SHANGHAI", "Li Wei", "Asia/Shanghai");
    const berlin = await person("U_BERLIN", "Anna Schmidt", "Europe/Berlin");
    const la = await person("U_LA", "Sam Carter", "America/Los_Angeles");
    const recent = new Date("2026-11-20T02:00:00Z");
    const customer = async (key: string, ownerId: number, data: Record<string, unknown> = {}) => {
      const c = await tx.customer.create({
        data: { key, name: `${key} Ltd`, ownerId, startedOn: new Date("2024-06-15"), ...data },
      });
      // Recently assessed and contacted: only what a test sets up is due.
      await tx.assessment.create({ data: { customerId: c.id, assessedOn: new Date("2026-10-01"), grade: "good", snapshot: {} } });
      await tx.interaction.create({ data: { customerId: c.id, kind: "call", occurredAt: recent, summary: "catch-up", authorId: ownerId } });
      return c;
    };
    const acme = await customer("ACME", shanghai.id);
    const bmw = await customer("BAUER", berlin.id);
    const lax = await customer("LAXCO", la.id, { highPotential: true });
    // LAXCO is weekly: last contact Wed 18 Nov (LA) → due Wed 25 Nov.
    await tx.interaction.deleteMany({ where: { customerId: lax.id } });
    await tx.interaction.create({ data: { customerId: lax.id, kind: "call", occurredAt: new Date("2026-11-18T18:00:00Z"), summary: "weekly", authorId: la.id } });
    // BAUER is strategic, assessed 30 Aug → due 30 Nov, data prep 3 working days before: Wed 25 Nov.
    await tx.customer.update({ where: { id: bmw.id }, data: { tier: "strategic" } });
    await tx.assessment.deleteMany({ where: { customerId: bmw.id } });
    await tx.assessment.create({ data: { customerId: bmw.id, assessedOn: new Date("2026-08-30"), grade: "good", snapshot: {} } });
    const contact = (customerId: number, name: string, month: number, day: number) =>
      tx.contact.create({ data: { customerId, name, birthdayMonth: month, birthdayDay: day, keyContact: true } });
    const zhang = await contact(acme.id, "Zhang Min", 11, 24);
    const klaus = await contact(bmw.id, "Klaus Weber", 11, 24);
    const greta = await contact(bmw.id, "Greta Vogel", 11, 28);
    const maria = await contact(lax.id, "Maria Lopez", 11, 24);
    const assessment = await tx.assessment.findFirstOrThrow({ where: { customerId: acme.id } });
    const action = await tx.improvementAction.create({
      data: { assessmentId: assessment.id, customerId: acme.id, problem: "Fix invoice errors", impact: "high", measure: "Weekly invoice audit", ownerId: shanghai.id, deadline: new Date("2026-11-30") },
    });
    return {
      people: { shanghai: shanghai.id, berlin: berlin.id, la: la.id },
      customers: { ACME: acme.id, BAUER: bmw.id, LAXCO: lax.id },
      contacts: { zhang: zhang.id, klaus: klaus.id, greta: greta.id, maria: maria.id },
      actionId: action.id,
    };
  });
}
