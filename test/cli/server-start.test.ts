import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { freePort } from "../support/free-port.js";
import { startReplica, stopReplica } from "../support/steward-replicas.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
let configFile: string;

beforeAll(async () => {
  await fake.start();
  configFile = join(mkdtempSync(join(tmpdir(), "steward-server-start-")), "steward.yml");
  writeFileSync(configFile, "calendar:\n  timeZone: Europe/Berlin\n");
});
afterAll(async () => {
  await fake.stop();
});

describeWithServer("steward start on a PostgreSQL server", () => {
  it("leaves an empty roster empty (the example roster is for the embedded store) and answers /healthz", async () => {
    const replica = await startReplica({ databaseUrl: t.url!, slackApiUrl: fake.apiUrl, configFile });
    try {
      await replica.started;
      expect(fake.callsTo("auth.test").length).toBeGreaterThan(0);
      expect(replica.log()).toContain("Steward is running (HTTP on port");
      expect(replica.log()).not.toContain("example roster");
      const [row] = await t.db.session((s) => s.query<{ customers: number }>("SELECT count(*)::int AS customers FROM customers"));
      expect(row?.customers).toBe(0);
    } finally {
      expect(await stopReplica(replica.child, 10_000)).toBe(0);
    }
  });

  it("stops at once when asked to while it still cannot reach Slack's Web API", async () => {
    // A port nobody listens on: Slack's Web API is unreachable.
    const replica = await startReplica({ databaseUrl: t.url!, slackApiUrl: `http://127.0.0.1:${await freePort()}/api/`, configFile });
    await waitFor("Bolt retrying auth.test", () => replica.log().includes("http request failed"), 20_000);
    // Not held until Bolt's retries give up (about half an hour), nor until the 5 s grace's SIGKILL.
    expect(await stopReplica(replica.child, 5_000)).toBe("SIGTERM");
    expect(replica.log()).not.toContain("Steward is running");
  });
});
