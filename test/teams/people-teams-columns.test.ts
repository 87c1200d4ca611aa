import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { runImport } from "../../src/db/import/run-import.js";
import { writeCsvFolder } from "../import/write-csv-folder.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const now = new Date("2026-11-24T02:00:00Z");
const settings = teamSettingsSchema.parse({});

async function importPeople(content: string) {
  const dir = writeCsvFolder({ "people.csv": content });
  return runImport(t.db, { target: join(dir, "people.csv"), type: "people", actor: "cli:tester", now, settings });
}

describe("people.csv: a Teams identity and a preferred platform", () => {
  it("imports an Entra object id (lower-cased) or a sign-in name, and the preferred platform", async () => {
    const outcome = await importPeople(
      "slack_user_id,name,teams_user_id,preferred_platform\n" +
        "U0LINWEI,Lin Wei,5F2B1C3A-8D4E-4F6A-9B0C-1D2E3F4A5B6C,teams\n" +
        "U0ANNA,Anna,anna@example.com,\n" +
        "U0BOB,Bob,,\n",
    );
    expect(outcome.ok).toBe(true);
    const people = await t.db.prisma.person.findMany({ orderBy: { name: "asc" }, select: { name: true, preferredPlatform: true, identities: { select: { platform: true, externalId: true }, orderBy: { platform: "asc" } } } });
    expect(people).toEqual([
      { name: "Anna", preferredPlatform: null, identities: [{ platform: "slack", externalId: "U0ANNA" }, { platform: "teams", externalId: "anna@example.com" }] },
      { name: "Bob", preferredPlatform: null, identities: [{ platform: "slack", externalId: "U0BOB" }] },
      { name: "Lin Wei", preferredPlatform: "teams", identities: [{ platform: "slack", externalId: "U0LINWEI" }, { platform: "teams", externalId: "5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c" }] },
    ]);
    // A re-import changes or removes a Teams identity like any other value.
    expect((await importPeople("slack_user_id,name,teams_user_id\nU0ANNA,Anna,anna.s@example.com\nU0LINWEI,Lin Wei,\n")).ok).toBe(true);
    const identities = await t.db.prisma.personIdentity.findMany({ where: { platform: "teams" }, select: { externalId: true } });
    expect(identities).toEqual([{ externalId: "anna.s@example.com" }]);
  });

  it("refuses a Teams identity given to two people, naming the other line, and writes nothing", async () => {
    const before = await t.db.prisma.personIdentity.count();
    const outcome = await importPeople("slack_user_id,name,teams_user_id\nU0EVE,Eve,eve@example.com\nU0FRED,Fred,EVE@example.com\n");
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? "" : outcome.problems.join("\n")).toContain(`people.csv:3: teams_user_id: "EVE@example.com" is already the Teams identity of line 2's person`);
    expect(await t.db.prisma.personIdentity.count()).toBe(before);
  });

  it("refuses a Teams id or platform it cannot use, saying what the right form is, and writes nothing", async () => {
    const before = await t.db.prisma.person.count();
    const outcome = await importPeople("slack_user_id,name,teams_user_id,preferred_platform\nU0CARL,Carl,29:1abc,teams\nU0DORA,Dora,,discord\n");
    expect(outcome.ok).toBe(false);
    const problems = outcome.ok ? [] : outcome.problems.join("\n");
    expect(problems).toContain('teams_user_id: "29:1abc" is not a Teams user (expected the Entra object id');
    expect(problems).toContain('preferred_platform: "discord" is not one of slack, teams');
    expect(await t.db.prisma.person.count()).toBe(before);
  });
});
