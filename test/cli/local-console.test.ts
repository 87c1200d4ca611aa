import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { spawn } from "node:child_process";
import { runSteward, STEWARD_BIN } from "../support/run-steward.js";
import { testClock } from "../support/test-clock.js";
import { waitFor } from "../support/wait-for.js";

describe("steward start without Slack credentials or a database server", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "steward-console-"));

  it("opens the local console on the embedded store and answers /customer help", async () => {
    const run = await runSteward(["start"], { env: { STEWARD_DATA_DIR: dataDir }, input: "/customer help\n/customer nonsense\n:quit\n" });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`embedded store in ${dataDir}`);
    expect(run.stdout).toContain("local console");
    expect(run.stdout).toContain("/customer — what you can do");
    expect(run.stdout).toContain("Unknown subcommand `nonsense`");
    expect(run.stdout).toContain("the example roster from examples/ was loaded (30 customers");
  });

  it("keeps the embedded store across restarts: the roster is still there, nothing is applied or loaded twice", async () => {
    const run = await runSteward(["start"], { env: { STEWARD_DATA_DIR: dataDir }, input: "/customer score acme\n:quit\n" });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`embedded store in ${dataDir}.`);
    expect(run.stdout).not.toContain("applied");
    expect(run.stdout).not.toContain("example roster");
    expect(run.stdout).toContain("ACME · Acme Corp");
  });

  it("keeps the simulated time across :quit and a restart, so the data never lies in the future", async () => {
    // A whole hour a day after the test's "today": later than any time the tests above left stored here.
    const start = new Date(Math.floor(testClock.now().getTime() / 3_600_000) * 3_600_000 + 86_400_000);
    const twoHoursOn = new Date(start.getTime() + 2 * 3_600_000);
    // How the console prints a time, to the ten minutes: "Wed 2026-11-18 09:3".
    const shown = (at: Date) => `${at.toLocaleDateString("en-US", { weekday: "short", timeZone: "UTC" })} ${at.toISOString().slice(0, 10)} ${at.toISOString().slice(11, 15)}`;
    const env = { STEWARD_DATA_DIR: dataDir, STEWARD_START_TIME: start.toISOString() };
    const first = await runSteward(["start"], { env, input: ":now\n:advance 2h\n:quit\n" });
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`Console time: ${shown(start)}\\d UTC`));
    expect(first.stdout).toMatch(new RegExp(`Now ${shown(twoHoursOn)}\\d UTC\\.`));
    // Restarted at the same process time: the console goes on from where it was, not two hours back.
    const second = await runSteward(["start"], { env, input: ":now\n:quit\n" });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(new RegExp(`Console time: ${shown(twoHoursOn)}\\d UTC`));
  });

  it("delivers the owners' 09:00 digests on the embedded store when the console moves a few days on", async () => {
    const run = await runSteward(["start"], { env: { STEWARD_DATA_DIR: dataDir }, input: ":advance 3d\n:quit\n", timeoutMs: 120_000 });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/:bell: \d+ reminders? for you/);
  }, 150_000);

  it("stops at once when its input ends, leaving nothing running", async () => {
    const run = await runSteward(["start"], { env: { STEWARD_DATA_DIR: dataDir }, input: "", timeoutMs: 30_000 });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("refuses a second process on the same embedded store, naming the first", async () => {
    const first = spawn(process.execPath, [STEWARD_BIN, "start"], { env: { PATH: process.env.PATH, STEWARD_DATA_DIR: dataDir, STEWARD_START_TIME: testClock.now().toISOString() } });
    let output = "";
    first.stdout.on("data", (chunk) => (output += chunk));
    await waitFor("the first console", () => output.includes("Type :help"), 30_000);
    const second = await runSteward(["start"], { env: { STEWARD_DATA_DIR: dataDir } });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`in use by another Steward process (pid ${first.pid})`);
    expect(second.stderr).toContain("DATABASE_URL");
    first.stdin.end(":quit\n");
    const code = await new Promise((resolve) => first.on("close", resolve));
    expect(code).toBe(0);
  });
});
