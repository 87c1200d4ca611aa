import type { Database } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";

export interface AwayRoster {
  people: { lukas: number; priya: number; ada: number; nora: number };
  customers: { ACME: number; BETA: number };
}

/**
 * Four people in Berlin: Lukas and Priya own a customer each, Ada is an admin, Nora an owner without
 * customers. Quiet otherwise (recently assessed and contacted).
 */
export async function seedAwayRoster(db: Database): Promise<AwayRoster> {
  return withActor(db, "cli:test", async (tx) => {
    const person = (slackUserId: string, name: string, roles: ("owner" | "admin" | "tech_support")[] = ["owner"]) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, timeZone: "Europe/Berlin", roles } });
    const lukas = await person("U0LUKAS", "Lukas Meyer");
    const priya = await person("U0PRIYA", "Priya Shah");
    const ada = await person("U0ADA", "Ada Admin", ["admin"]);
    const nora = await person("U0NORA", "Nora Berg");
    const customer = (key: string, ownerId: number) => tx.customer.create({ data: { key, name: `${key} Ltd`, ownerId, startedOn: new Date("2024-06-15") } });
    const acme = await customer("ACME", lukas.id);
    const beta = await customer("BETA", priya.id);
    return { people: { lukas: lukas.id, priya: priya.id, ada: ada.id, nora: nora.id }, customers: { ACME: acme.id, BETA: beta.id } };
  });
}
