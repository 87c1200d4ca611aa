import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSteward } from "../support/run-steward.js";

const dataDir = () => mkdtempSync(join(tmpdir(), "steward-cli-"));

describe("configuration problems: one readable message, exit 2, no stack trace", () => {
  it("names a malformed DATABASE_URL and shows the right form", async () => {
    const run = await runSteward(["migrate"], { env: { DATABASE_URL: "mysql://localhost/x" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("DATABASE_URL: must be a PostgreSQL URL, e.g. postgresql://");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("names the unreachable host and says what to check", async () => {
    const run = await runSteward(["migrate"], { env: { DATABASE_URL: "postgresql://nobody@127.0.0.1:1/steward" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cannot reach PostgreSQL at 127.0.0.1:1/steward");
    expect(run.stderr).toContain("Check that the server is running");
  });

  it("refuses half a set of Slack credentials", async () => {
    const run = await runSteward(["start"], { env: { SLACK_BOT_TOKEN: "xoxb-1-2-3", STEWARD_DATA_DIR: dataDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Slack credentials are incomplete");
  });

  it("lists every invalid variable at once", async () => {
    const run = await runSteward(["start"], { env: { PORT: "http", SLACK_BOT_TOKEN: "xoxp-user-token", SLACK_APP_TOKEN: "xapp-1" } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("PORT: must be a port number, e.g. 3000");
    expect(run.stderr).toContain("SLACK_BOT_TOKEN: must be a bot token starting with xoxb-");
  });

  it("refuses a start time without its offset and shows the right form", async () => {
    const run = await runSteward(["migrate"], { env: { STEWARD_START_TIME: "2026-11-18 09:30", STEWARD_DATA_DIR: dataDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("STEWARD_START_TIME: must be an ISO instant with its offset, e.g. 2026-11-18T09:30:00Z");
  });

  it("names the team settings file and the bad setting", async () => {
    const file = join(dataDir(), "steward.yml");
    writeFileSync(file, "calendar: {}\nnonsense: 1\n");
    const run = await runSteward(["migrate"], { env: { STEWARD_CONFIG: file, STEWARD_DATA_DIR: dataDir() } });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${file}: Unrecognized key: "nonsense"`);
  });
});

describe("the command line", () => {
  it("exits 1 with the usage for an unknown command", async () => {
    const run = await runSteward(["frobnicate"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Unknown command "frobnicate"');
    expect(run.stderr).toContain("steward <command>");
  });

  it("has --help on every command", async () => {
    const top = await runSteward(["--help"]);
    expect(top.code).toBe(0);
    const names = [...top.stdout.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]!);
    expect(names).toContain("start");
    expect(names).toContain("migrate");
    for (const name of names) {
      const run = await runSteward([name, "--help"]);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toContain(`steward ${name}`);
    }
  });

  it("exits 1 for an unknown option", async () => {
    const run = await runSteward(["migrate", "--frob"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Unknown option '--frob'");
  });
});
