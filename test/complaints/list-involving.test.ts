import { beforeAll, describe, expect, it } from "vitest";
import { listComplaintIds } from "../../src/db/complaints/list-complaint-ids.js";
import { withActor } from "../../src/db/with-actor.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const ids: Record<string, number> = {};

// Sam is on Slack, Tara on Teams only, Rui on neither (a roster person recorded as person:<id>). Case A
// is Sam's customer's, filed by Tara; case B filed by Rui and acknowledged by Tara; case C involves only Sam.
beforeAll(async () => {
  await withActor(t.db, "cli:test", async (tx) => {
    const department = await tx.department.create({ data: { name: "Support" } });
    const sam = await tx.person.create({ data: { name: "Sam", roles: ["owner"], identities: { create: [{ platform: "slack", externalId: "U0SAM" }] } } });
    const tara = await tx.person.create({ data: { name: "Tara", roles: ["frontline"], identities: { create: [{ platform: "teams", externalId: "aad-tara" }] } } });
    const rui = await tx.person.create({ data: { name: "Rui", roles: ["frontline"] } });
    ids.rui = rui.id;
    const acme = await tx.customer.create({ data: { key: "ACME", name: "Acme", ownerId: sam.id } });
    const other = await tx.customer.create({ data: { key: "OTHER", name: "Other" } });
    const complaint = (customerId: number, openedById: number, at: string, acknowledgedById?: number) =>
      tx.complaint.create({
        data: { customerId, class: "general", category: "delivery", description: "Late", leadDepartmentId: department.id, openedById, acknowledgedById, openedAt: new Date(at), tierSince: new Date(at) },
      });
    ids.a = (await complaint(acme.id, tara.id, "2026-11-20T09:00:00Z")).id;
    ids.b = (await complaint(other.id, rui.id, "2026-11-21T09:00:00Z", tara.id)).id;
    ids.c = (await complaint(other.id, sam.id, "2026-11-22T09:00:00Z")).id;
  });
});

describe("`/complaint list mine`: the cases a person filed, acknowledged or whose customer they own", () => {
  const mine = (involving: string) => listComplaintIds(t.db, { scope: "all", involving, limit: 10 });

  it("finds a Slack person's cases by their Slack id, as always", async () => {
    expect(await mine("U0SAM")).toEqual([ids.c, ids.a]);
  });

  it("finds a Teams-only person's cases by their teams: actor name, and a person's with no chat identity by person:<id>", async () => {
    expect(await mine("teams:aad-tara")).toEqual([ids.b, ids.a]);
    expect(await mine(`person:${ids.rui}`)).toEqual([ids.b]);
  });

  it("finds nothing for Steward's own actor or someone not on the roster", async () => {
    expect(await mine("steward")).toEqual([]);
    expect(await mine("U0NOBODY")).toEqual([]);
  });
});
