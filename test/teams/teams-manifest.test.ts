import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { AppManifestUtils } from "@microsoft/app-manifest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamsCommand } from "../../src/cli/commands/teams-command.js";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { LOCAL_TEAMS, type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { teamsSay } from "../support/teams-user.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
let local: LocalTeams;
let files: Map<string, Buffer>;

/** The entries of a zip, read from its local headers (the package has a handful of small files). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const entries = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString("utf8");
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    entries.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 30 + nameLength + extra + size;
  }
  return entries;
}

beforeAll(async () => {
  local = await startLocalTeams({ db: t.db, settings: teamSettingsSchema.parse({}), clock: new ManualClock(new Date("2026-11-24T09:00:00Z")), logger: createLogger("error") });
  const out = join(mkdtempSync(join(tmpdir(), "steward-teams-")), "app.zip");
  const log = console.log;
  console.log = () => undefined;
  try {
    expect(await teamsCommand.run(["package", "--out", out, "--client-id", LOCAL_TEAMS.clientId])).toBe(0);
  } finally {
    console.log = log;
  }
  files = unzip(readFileSync(out));
});
afterAll(async () => {
  await local?.stop();
});

const manifest = () => JSON.parse(files.get("manifest.json")!.toString("utf8"));

describe("steward teams package", () => {
  it("zips manifest.json and the two icons at the root, the icons the sizes Teams requires", () => {
    expect([...files.keys()].sort()).toEqual(["color.png", "manifest.json", "outline.png"]);
    const size = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(size(files.get("color.png")!)).toEqual([192, 192]);
    expect(size(files.get("outline.png")!)).toEqual([32, 32]);
    // The outline icon is white on transparent (RGBA), as Teams requires.
    expect(files.get("outline.png")![25]).toBe(6);
  });

  it("passes Microsoft's published Teams app manifest schema (bundled, offline)", async () => {
    expect(await AppManifestUtils.validateAgainstSchema(manifest())).toEqual([]);
    // The validator does look: a manifest whose app id is no GUID fails it.
    expect(await AppManifestUtils.validateAgainstSchema({ ...manifest(), id: "not-a-guid" })).not.toEqual([]);
    expect(manifest()).toMatchObject({ id: LOCAL_TEAMS.clientId, bots: [{ botId: LOCAL_TEAMS.clientId, scopes: ["personal", "team", "groupChat"] }] });
  });

  it("declares every command the bot registers, and the bot answers every declared command", async () => {
    const declared = manifest().bots[0].commandLists[0].commands as { title: string }[];
    expect(declared).toEqual(local.teams.registered.commands);
    expect(declared.length).toBeLessThanOrEqual(10);
    expect(declared.map((command) => command.title)).toEqual(["customer", "complaint", "help"]);
    for (const { title } of declared) {
      expect(title.length).toBeLessThanOrEqual(32);
      const [reply] = await teamsSay(local, title, { aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000ff" });
      expect(reply!.texts.join("\n")).not.toMatch(/Unknown (sub)?command/);
      expect(reply!.texts.join("\n")).toContain("what you can do");
    }
  });

  it("declares the message actions the bot answers (Log as complaint on any message), and nothing more", () => {
    expect(manifest().composeExtensions).toEqual([
      { botId: LOCAL_TEAMS.clientId, commands: local.teams.registered.messageActions.map((a) => ({ id: a.id, type: "action", context: ["message"], title: a.title, description: a.description, fetchTask: true })) },
    ]);
    expect(local.teams.registered.messageActions.map((a) => a.id)).toEqual(["logComplaint"]);
    expect(local.teams.registered.activities).toEqual(expect.arrayContaining(["message.ext.open", "message.ext.submit"]));
  });

  it("refuses to package without a Microsoft App ID, saying where to find it", async () => {
    await expect(teamsCommand.run(["package", "--client-id", "not-a-guid"])).rejects.toThrow(/Microsoft App ID, a GUID/);
  });
});
