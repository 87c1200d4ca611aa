import { describe, expect, it } from "vitest";
import { migrate } from "../../src/db/migrate.js";
import { withActor } from "../../src/db/with-actor.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();

describe("roster changes are attributed", () => {
  it("records who changed what, before and after", async () => {
    const person = await withActor(t.db, "cli:ana", (tx) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "U_AUDIT1" } }, name: "Ana", roles: ["owner"] } }),
    );
    await withActor(t.db, "U_BOSS", (tx) =>
      tx.person.update({ where: { id: person.id }, data: { name: "Ana Li" } }),
    );
    const trail = await t.db.prisma.auditLog.findMany({
      where: { tableName: "people", rowId: String(person.id) },
      orderBy: { id: "asc" },
    });
    expect(trail.map((row) => [row.actor, row.action])).toEqual([
      ["cli:ana", "insert"],
      ["U_BOSS", "update"],
    ]);
    expect(trail[1]?.before).toEqual({ name: "Ana" });
    expect(trail[1]?.after).toEqual({ name: "Ana Li" });
  });

  it("refuses a write that names nobody, and writes nothing", async () => {
    await expect(
      t.db.prisma.person.create({ data: { identities: { create: { platform: "slack", externalId: "U_NOBODY" } }, name: "Nobody", roles: [] } }),
    ).rejects.toThrow(/steward.actor is not set/);
    expect(await t.db.prisma.personIdentity.count({ where: { platform: "slack", externalId: "U_NOBODY" } })).toBe(0);
  });

  it("records nothing for an update that changes nothing", async () => {
    const person = await withActor(t.db, "cli:ana", (tx) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: "U_AUDIT2" } }, name: "Bo", roles: [] } }),
    );
    await withActor(t.db, "cli:ana", (tx) => tx.person.update({ where: { id: person.id }, data: { name: "Bo" } }));
    expect(await t.db.prisma.auditLog.count({ where: { tableName: "people", rowId: String(person.id) } })).toBe(1);
  });

  it("applies migrations once: a second run applies nothing", async () => {
    const again = await migrate(t.db);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBeGreaterThanOrEqual(2);
  });
});

describe("assessments are immutable snapshots", () => {
  it("refuses to update a recorded assessment, and keeps it as it was", async () => {
    const assessment = await withActor(t.db, "cli:ana", async (tx) => {
      const customer = await tx.customer.create({ data: { key: "SNAP", name: "Snapshot Ltd" } });
      return tx.assessment.create({ data: { customerId: customer.id, assessedOn: new Date("2026-10-01"), needsFit: 7, snapshot: { composite: 7.5 } } });
    });
    await expect(
      withActor(t.db, "cli:ana", (tx) => tx.assessment.update({ where: { id: assessment.id }, data: { needsFit: 10 } })),
    ).rejects.toThrow(/immutable snapshot/);
    const kept = await t.db.prisma.assessment.findUniqueOrThrow({ where: { id: assessment.id } });
    expect(kept.needsFit).toBe(7);
  });
});
