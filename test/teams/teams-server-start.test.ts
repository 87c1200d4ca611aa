import { spawn } from "node:child_process";
import { afterAll, beforeAll, expect, it } from "vitest";
import { LocalBotConnector } from "../../src/console/local-bot-connector.js";
import { withActor } from "../../src/db/with-actor.js";
import { enqueueDeliveries } from "../../src/scheduler/enqueue-deliveries.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { freePort } from "../support/free-port.js";
import { runSteward, STEWARD_BIN } from "../support/run-steward.js";
import { testClock } from "../support/test-clock.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
const CLIENT_ID = "00000000-0000-4000-8000-00000000b07d";
const TENANT_ID = "00000000-0000-4000-8000-0000000a7e57";
const connector = new LocalBotConnector(CLIENT_ID);

beforeAll(async () => {
  await connector.start();
});
afterAll(async () => {
  await connector.stop();
});

describeWithServer("steward start with Teams credentials", () => {
  it("serves /api/messages on TEAMS_PORT, refusing unauthenticated and forged activities, runs the scheduler with Teams as its platform, and stops on SIGTERM", async () => {
    const port = await freePort();
    // A message already due for someone on Teams who never installed Steward: with Teams alone the
    // delivery drain must still run, take the row and report the unreachable person (no Slack here).
    const unreachable = "0a1b2c3d-0000-4000-8000-00000000dead";
    await withActor(t.db, "cli:test", (tx) =>
      enqueueDeliveries(tx, [
        { key: "test:teams-alone:1", rule: "test", recipient: `teams:${unreachable}`, dueAt: new Date(testClock.now().getTime() - 60_000), payload: { message: { text: "due", parts: [] } } },
      ]),
    );
    const env: Record<string, string | undefined> = { ...process.env };
    for (const key of Object.keys(env)) if (/^(SLACK_|TEAMS_|DATABASE_URL|STEWARD_)/.test(key)) delete env[key];
    // No outgoing call is made in this test: nothing is answered, so no bot token is ever asked for.
    Object.assign(env, {
      DATABASE_URL: t.url,
      STEWARD_START_TIME: testClock.now().toISOString(),
      TEAMS_CLIENT_ID: CLIENT_ID,
      TEAMS_CLIENT_SECRET: "not-a-real-secret",
      TEAMS_TENANT_ID: TENANT_ID,
      TEAMS_PORT: String(port),
      TEAMS_OPENID_METADATA_URL: connector.openIdMetadataUrl,
    });
    const child = spawn(process.execPath, [STEWARD_BIN, "start"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    try {
      await waitFor("Steward running with Teams", () => output.includes("Steward is running (Teams on port"), 60_000);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      const url = `http://127.0.0.1:${port}/api/messages`;
      const activity = { type: "message", text: "help", from: { id: "29:x", aadObjectId: "0a1b2c3d-0000-4000-8000-0000000000ff" }, conversation: { id: "a:x" }, recipient: { id: `28:${CLIENT_ID}` } };
      expect((await connector.send(url, activity, null)).status).toBe(401);
      expect((await connector.send(url, activity, `Bearer ${connector.issueToken({ forged: true })}`)).status).toBe(401);
      expect(connector.recorded).toHaveLength(0);
      await waitFor("the drain reporting the unreachable Teams user", () => output.includes(`Steward cannot reach teams:${unreachable} yet`), 60_000);
      const [row] = await t.db.prisma.delivery.findMany({ where: { key: "test:teams-alone:1" } });
      expect(row).toMatchObject({ status: "failed" });
      expect(String(row!.lastError)).toContain("it has not been installed there");
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
  });
});

it("refuses incomplete Teams credentials at start, naming what is missing (exit 2)", async () => {
  const run = await runSteward(["start"], { env: { STEWARD_DATA_DIR: "memory://", TEAMS_CLIENT_ID: CLIENT_ID } });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("Teams credentials are incomplete: TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID missing");
});
