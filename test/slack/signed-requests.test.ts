import { type ClientRequest, request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_HTTP_LIMITS } from "../../src/config/http-limits.js";
import { sign } from "../../src/console/signed-slack-client.js";
import { intakeValues } from "../complaints/support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
let steward: TestSteward;

const infoLines: string[] = [];
beforeAll(async () => {
  steward = await startTestSteward({ db: t.db });
  // What Steward logs at info (it notes each replay and repeated submission it ignores), kept for the tests.
  const info = steward.deps.logger.info.bind(steward.deps.logger);
  steward.deps.logger.info = (...parts: unknown[]) => {
    infoLines.push(parts.map(String).join(" "));
    info(...parts);
  };
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

/** A raw request whose body the test controls byte by byte; resolves with the status once Steward answers. */
function rawRequest(headers: Record<string, string>, write: (req: ClientRequest) => void): Promise<number> {
  const url = new URL(steward.app.eventsUrl!);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    // Steward closes the connection while the client still sends: that is the point, not a failure.
    req.on("error", (error) => (/ECONNRESET|EPIPE/.test(String(error)) ? undefined : reject(error)));
    req.flushHeaders();
    write(req);
  });
}
const now = () => Math.floor(Date.now() / 1000);
const signedHeaders = (body: string, timestamp = now()) => ({
  "content-type": "application/x-www-form-urlencoded",
  "x-slack-request-timestamp": String(timestamp),
  "x-slack-signature": sign(steward.signingSecret, timestamp, body),
});

describe("the HTTP front, before any body is read", () => {
  it("refuses requests stamped 6 minutes or an hour in the future with 401 and does nothing", async () => {
    const before = steward.fake.calls.length;
    const keys = await t.db.prisma.slackRequestKey.count();
    for (const ahead of [6 * 60, 3_600]) {
      const response = await steward.client.post(commandBody("help"), "application/x-www-form-urlencoded", { timestamp: now() + ahead });
      expect(response.status).toBe(401);
      expect(String(response.body)).toContain("in the future");
    }
    expect(await t.db.prisma.slackRequestKey.count()).toBe(keys);
    expect(steward.fake.calls.length).toBe(before);
  });

  it("refuses a request without Slack's signature headers with 401 while its body is still unsent", async () => {
    // The client declares a 4 MB body and sends none of it: the answer cannot have waited for the body.
    const status = await rawRequest({ "content-type": "application/json", "content-length": String(4 * 1024 * 1024) }, () => undefined);
    expect(status).toBe(401);
  });

  it("refuses a body over the limit with 413 from its Content-Length, and without one once it passes the limit", async () => {
    const body = commandBody("help");
    const declared = await rawRequest({ ...signedHeaders(body), "content-length": String(DEFAULT_HTTP_LIMITS.bodyLimitBytes + 1) }, () => undefined);
    expect(declared).toBe(413);
    // Chunked, no length: Steward reads up to the limit, then answers; the rest is never read.
    const streamed = await rawRequest({ ...signedHeaders(body), "transfer-encoding": "chunked" }, (req) => {
      req.end("x".repeat(DEFAULT_HTTP_LIMITS.bodyLimitBytes + 10));
    });
    expect(streamed).toBe(413);
  });
});

describe("signed but malformed bodies", () => {
  it("get 400 naming what is wrong — payload=null, JSON null, an array, a missing type — and Steward answers the next request", async () => {
    const cases: [string, string, RegExp][] = [
      ["payload=null", "application/x-www-form-urlencoded", /payload: must be an object.*got null/],
      ["null", "application/json", /body: must be an object.*got null/],
      ["[1,2]", "application/json", /got an array/],
      [`payload=${encodeURIComponent(JSON.stringify({ user: { id: "U1" } }))}`, "application/x-www-form-urlencoded", /payload\.type/],
      [`payload=${encodeURIComponent(JSON.stringify({ type: "block_actions", user: { id: "U1" }, actions: [{ action_id: 7, type: "button" }] }))}`, "application/x-www-form-urlencoded", /payload\.actions\.0\.action_id/],
      [`payload=${encodeURIComponent("[".repeat(1_000) + "]".repeat(1_000))}`, "application/x-www-form-urlencoded", /nested more than 64/],
    ];
    for (const [body, contentType, problem] of cases) {
      const response = await steward.client.post(body, contentType);
      expect(response.status, body.slice(0, 40)).toBe(400);
      expect(String(response.body)).toMatch(problem);
    }
    const help = await steward.client.command("/customer", "help", { userId: "U_NOT_ON_ROSTER" });
    expect(help.status).toBe(200);
  });
});

describe("replays and Slack's retries", () => {
  let roster: ComplaintRoster;
  beforeAll(async () => {
    roster = await seedComplaintRoster(t.db);
  });
  const intakeBody = (viewId: string) =>
    new URLSearchParams({
      payload: JSON.stringify({
        type: "view_submission",
        team: { id: "T0STEWARD" },
        user: { id: "U_FRONT" },
        api_app_id: "A0STEWARD",
        trigger_id: `${viewId}.trigger.${Math.random()}`,
        view: {
          id: viewId,
          type: "modal",
          callback_id: "complaint_intake",
          private_metadata: "",
          state: { values: intakeValues({ customer: "ACME", class: "general", category: "billing", description: `Invoices doubled (${viewId})`, source: "chat", lead: roster.supportDepartmentId }) },
        },
      }),
    }).toString();
  const filedFrom = (viewId: string) => t.db.prisma.complaint.count({ where: { description: `Invoices doubled (${viewId})` } });
  // The filer's DM is the last step of filing.
  const confirmations = () => steward.fake.callsTo("chat.postMessage").filter((call) => call.args.channel === "U_FRONT" && String(call.args.text).includes("is filed")).length;
  const logged = (pattern: RegExp) => infoLines.some((line) => pattern.test(line));

  it("files one complaint from the same signed submission sent three times, and answers each copy 200", async () => {
    const body = intakeBody("V_REPLAYED");
    const timestamp = now();
    const before = confirmations();
    const cards = () => steward.fake.callsTo("chat.postMessage").filter((call) => call.args.channel === "C_SUPPORT" && String(call.args.text).startsWith("Complaint #")).length;
    const cardsBefore = cards();
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await steward.client.post(body, "application/x-www-form-urlencoded", { timestamp })).status);
    expect(statuses).toEqual([200, 200, 200]);
    // The copies were answered at the door, before Bolt: nothing of theirs can still be running.
    expect(infoLines.filter((line) => line.includes("ignored a request already taken in")).length).toBeGreaterThanOrEqual(2);
    await waitFor("the one confirmation", () => confirmations() === before + 1);
    expect(await filedFrom("V_REPLAYED")).toBe(1);
    expect(cards()).toBe(cardsBefore + 1);
  });

  it("files one complaint when the same modal (view id) is submitted twice in two differently signed requests", async () => {
    const before = confirmations();
    const first = await steward.client.post(intakeBody("V_TWICE"), "application/x-www-form-urlencoded");
    await waitFor("the first filing", async () => (await filedFrom("V_TWICE")) === 1 && confirmations() === before + 1);
    const second = await steward.client.post(intakeBody("V_TWICE"), "application/x-www-form-urlencoded", { timestamp: now() - 1 });
    expect([first.status, second.status]).toEqual([200, 200]);
    await waitFor("the second submission recognised", () => logged(/intake view V_TWICE submitted again; complaint #\d+ was filed from it already/));
    expect(await filedFrom("V_TWICE")).toBe(1);
    expect(confirmations()).toBe(before + 1);
  });

  it("does nothing for Slack's retry of an event it already took in (new timestamp and signature, same event id)", async () => {
    const event = JSON.stringify({ type: "event_callback", team_id: "T0STEWARD", api_app_id: "A0STEWARD", event_id: "Ev_RETRIED", event_time: now(), event: { type: "app_home_opened", user: "U_FRONT", tab: "home" } });
    const published = () => steward.fake.callsTo("views.publish").length;
    const before = published();
    expect((await steward.client.post(event, "application/json")).status).toBe(200);
    await waitFor("App Home published", () => published() === before + 1);
    const retry = await steward.client.post(event, "application/json", { timestamp: now() + 1, headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" } });
    expect(retry.status).toBe(200);
    // A fresh event after the retry is published: had the retry been handled, it would be published too, first.
    const fresh = JSON.stringify({ type: "event_callback", team_id: "T0STEWARD", api_app_id: "A0STEWARD", event_id: "Ev_FRESH", event_time: now(), event: { type: "app_home_opened", user: "U_FRONT", tab: "home" } });
    await steward.client.post(fresh, "application/json");
    await waitFor("the fresh event's App Home", () => published() === before + 2);
    expect(published()).toBe(before + 2);
    expect(logged(/ignored a request already taken in \(replay or Slack retry 1\)/)).toBe(true);
  });
});

describe("a request that fails", () => {
  it("is logged with what it was and answered: the person is told, with the log's reference", async () => {
    steward.fake.failNext("views.open", { error: "expired_trigger_id" });
    const from = steward.fake.calls.length;
    const response = await steward.client.messageShortcut({ userId: "U_FRONT", callbackId: "log_complaint", channelId: "C_SUPPORT", message: { ts: "1764000000.000100", text: "The export is broken" } });
    expect(response.status).toBe(200);
    const note = await waitFor("the failure note", () => steward.fake.calls.slice(from).find((call) => call.method === "response_url" && String(call.args.text).includes("logged as")));
    expect(String(note.args.text)).toMatch(/Steward failed while finishing your request: .*logged as `[0-9a-f]{8}`/);
    expect(note.args.response_type).toBe("ephemeral");
  });
});
