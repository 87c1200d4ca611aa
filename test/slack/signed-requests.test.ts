import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/use-test-database.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
let steward: TestSteward;

beforeAll(async () => {
  steward = await startTestSteward({ db: t.db });
});
afterAll(async () => {
  await steward.stop();
});

const commandBody = (text: string) =>
  new URLSearchParams({ command: "/customer", text, user_id: "U1", channel_id: "C1", team_id: "T0STEWARD", response_url: steward.fake.responseUrl(), trigger_id: "1.2" }).toString();

describe("requests from Slack", () => {
  it("answers /customer help through response_url after acknowledging", async () => {
    const response = await steward.client.command("/customer", "help", { userId: "U_NOT_ON_ROSTER" });
    expect(response.status).toBe(200);
    const reply = await waitFor("the help reply", () => steward.fake.callsTo("response_url").at(-1));
    expect(JSON.stringify(reply.args.blocks)).toContain("/customer help");
    expect(reply.args.response_type).toBe("ephemeral");
  });

  it("gives the help, naming the word, for an unknown subcommand", async () => {
    await steward.client.command("/complaint", "frobnicate", { userId: "U1" });
    const reply = await waitFor("the reply", () => steward.fake.callsTo("response_url").find((call) => JSON.stringify(call.args).includes("frobnicate")));
    expect(JSON.stringify(reply.args.blocks)).toContain("Unknown subcommand `frobnicate`");
    expect(JSON.stringify(reply.args.blocks)).toContain("/complaint help");
  });

  it("rejects a bad signature with 401 and does nothing", async () => {
    const before = steward.fake.calls.length;
    const response = await steward.client.post(commandBody("help"), "application/x-www-form-urlencoded", { secret: "not-the-signing-secret" });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(steward.fake.calls.length).toBe(before);
  });

  it("rejects a request signed more than 5 minutes ago with 401 and does nothing", async () => {
    const before = steward.fake.calls.length;
    const stale = Math.floor(Date.now() / 1000) - 6 * 60;
    const response = await steward.client.post(commandBody("help"), "application/x-www-form-urlencoded", { timestamp: stale });
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(steward.fake.calls.length).toBe(before);
  });

  it("refuses 10,000 characters and control characters with a clear message", async () => {
    await steward.client.command("/customer", `score ${"A".repeat(10_000)}`, { userId: "U1" });
    const long = await waitFor("the refusal", () => steward.fake.callsTo("response_url").find((call) => String(call.args.text).includes("10,006 characters")));
    expect(String(long.args.text)).toContain("at most 500");
    await steward.client.command("/customer", "score AC\u0007ME", { userId: "U1" });
    const control = await waitFor("the refusal", () => steward.fake.callsTo("response_url").find((call) => String(call.args.text).includes("U+0007")));
    expect(String(control.args.text)).toContain("control character");
  });

  it("answers /healthz with 200 while the database answers", async () => {
    const url = steward.app.eventsUrl!.replace("/slack/events", "/healthz");
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, database: "reachable" });
  });
});
