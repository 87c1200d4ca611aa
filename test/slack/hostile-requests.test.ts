import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { SignedSlackClient } from "../../src/console/signed-slack-client.js";
import { intakeValues } from "../complaints/support/intake-values.js";
import { type ComplaintRoster, seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { REPLICA_SIGNING_SECRET, type Replica, startReplica, stopReplica } from "../support/steward-replicas.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

// A real `steward start` in HTTP mode, attacked as in issue 11: hundreds of slow unsigned uploads,
// and signed bodies of every kind Steward handles, broken in every field.

const t = useTestDatabase();
const fake = new FakeSlackApi();
let replica: Replica;
let client: SignedSlackClient;
let roster: ComplaintRoster;
const REQUEST_TIMEOUT_MS = 6_000;

beforeAll(async () => {
  if (!t.url) return;
  await fake.start();
  const configFile = join(mkdtempSync(join(tmpdir(), "steward-hostile-")), "steward.yml");
  writeFileSync(configFile, "reminders: {}\n");
  roster = await seedComplaintRoster(t.db);
  replica = await startReplica({
    databaseUrl: t.url,
    slackApiUrl: fake.apiUrl,
    configFile,
    logLevel: "error",
    env: { STEWARD_HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS), STEWARD_HTTP_HEADERS_TIMEOUT_MS: "2000" },
  });
  await replica.started;
  client = new SignedSlackClient({ eventsUrl: `http://127.0.0.1:${replica.port}/slack/events`, signingSecret: REPLICA_SIGNING_SECRET, responseUrl: () => fake.responseUrl() });
}, 60_000);
afterAll(async () => {
  if (replica) await stopReplica(replica.child);
  await fake.stop();
});

const rssMb = () => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${replica.child.pid}/status`, "utf8"))![1]) / 1024;
const healthz = () => fetch(`http://127.0.0.1:${replica.port}/healthz`).then((res) => res.status);
async function helpAnswered(): Promise<boolean> {
  const from = fake.calls.length;
  const response = await client.command("/customer", "help", { userId: "U_FRONT" });
  if (response.status !== 200) return false;
  await waitFor("the help reply", () => fake.calls.slice(from).some((call) => call.method === "response_url"));
  return true;
}

interface Upload {
  socket: Socket;
  /** Resolves once the client has sent what it meant to before stalling, or the server closed it. */
  settled: Promise<void>;
  closed: () => boolean;
  /** performance.now() when the server closed it, else undefined. */
  closedAt: () => number | undefined;
}
/** Headers, `first` bytes of the body at once, then nothing more: the connection is held open. */
function slowUpload(headers: string[], first: Buffer): Upload {
  const socket = connect(replica.port, "127.0.0.1");
  let closedAt: number | undefined;
  // Read (and drop) what Steward answers, so its closing the connection is seen.
  socket.resume();
  const settled = new Promise<void>((resolve) => {
    socket.on("error", () => undefined);
    socket.once("close", () => {
      closedAt = performance.now();
      resolve();
    });
    socket.once("connect", () => {
      socket.write(`POST /slack/events HTTP/1.1\r\nhost: steward\r\n${headers.join("\r\n")}\r\n\r\n`);
      socket.write(first, () => resolve());
    });
  });
  return { socket, settled, closed: () => closedAt !== undefined, closedAt: () => closedAt };
}

describeWithServer("`steward start` under hostile HTTP traffic", () => {
  it("keeps memory bounded and answers /healthz and signed commands while 300 unsigned 4 MB uploads and 50 signature-shaped trickles are open", async () => {
    expect(await helpAnswered()).toBe(true);
    const baseline = rssMb();
    const megabyte = Buffer.alloc(1024 * 1024, "a");
    // Headers that look signed (fresh timestamp, well-formed but wrong signature), a body that never ends.
    // They come first, so each holds one of the process's connections before the flood arrives.
    const stamp = Math.floor(Date.now() / 1000);
    const tricklesOpened = performance.now();
    const trickles = Array.from({ length: 50 }, () =>
      slowUpload(["content-type: application/json", "transfer-encoding: chunked", `x-slack-request-timestamp: ${stamp}`, `x-slack-signature: v0=${"0".repeat(64)}`], Buffer.from("2000\r\n" + "b".repeat(0x1000))),
    );
    await Promise.all(trickles.map((upload) => upload.settled));
    // Past the connection cap: those over it are closed on arrival, the rest refused at their headers.
    const unsigned = Array.from({ length: 300 }, () => slowUpload(["content-type: application/json", `content-length: ${4 * 1024 * 1024}`], megabyte));
    await Promise.all(unsigned.map((upload) => upload.settled));

    // Every unsigned upload was refused at its headers; none of their 300 MB is held.
    await waitFor(`every unsigned upload closed`, () => unsigned.every((upload) => upload.closed())).catch((error) => {
      throw new Error(`${error.message}: ${unsigned.filter((upload) => upload.closed()).length} of ${unsigned.length} closed`);
    });
    expect(rssMb() - baseline).toBeLessThan(80);
    expect(await healthz()).toBe(200);
    expect(await helpAnswered()).toBe(true);

    // The trickles are cut off once the request timeout has passed, not minutes later — and not before:
    // their headers looked signed, so the front waited for their bodies (a lower bound no load can break).
    await waitFor("every trickle cut off", () => trickles.every((upload) => upload.closed()), REQUEST_TIMEOUT_MS + 5_000);
    for (const upload of trickles) expect(upload.closedAt()! - tricklesOpened).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 1_000);
    expect(rssMb() - baseline).toBeLessThan(80);
    expect(replica.child.exitCode).toBeNull();
  }, 60_000);

  it("survives signed bodies of every kind Steward handles broken in every field, answers each with 400 (or a modal's field error), and writes nothing", async () => {
    const counts = () =>
      Promise.all([
        t.db.prisma.auditLog.count(),
        t.db.prisma.complaint.count(),
        t.db.prisma.complaintEvent.count(),
        t.db.prisma.assessment.count(),
        t.db.prisma.reminderState.count(),
        t.db.prisma.delivery.count(),
      ]);
    const before = await counts();
    const statuses = new Map<number, number>();
    const unexpected: string[] = [];
    const send = async (body: string, contentType: string, what: string) => {
      const response = await client.post(body, contentType);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      // A modal with a field left empty is not broken: it is answered with that field's error.
      const fieldErrors = response.status === 200 && (response.body as { response_action?: string } | undefined)?.response_action === "errors";
      if (response.status !== 400 && !fieldErrors) unexpected.push(`${response.status} for ${what}`);
    };
    const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

    const whole = ["null", "[]", "[{}]", '"text"', "42", "true", "{}", "{", ""];
    for (const value of whole) {
      await send(`payload=${encodeURIComponent(value)}`, "application/x-www-form-urlencoded", `payload=${value}`);
      await send(value, "application/json", `JSON ${value}`);
    }
    await send(`payload=${encodeURIComponent("[".repeat(20_000) + "]".repeat(20_000))}`, "application/x-www-form-urlencoded", "deep array payload");
    await send(`${'{"a":'.repeat(10_000)}1${"}".repeat(10_000)}`, "application/json", "deep object body");

    for (const [kind, template] of Object.entries(templates(roster))) {
      for (const [path, broken] of breakages(template)) {
        await send(kind === "event" ? JSON.stringify(broken) : form(broken), kind === "event" ? "application/json" : "application/x-www-form-urlencoded", `${kind} ${path}`);
      }
    }
    // A slash command's fields: each one missing, or given twice (the form then carries a list).
    const command: Record<string, string> = { command: "/complaint", text: "new ACME", user_id: "U_FRONT", channel_id: "C_SUPPORT", response_url: fake.responseUrl(), trigger_id: "1.2" };
    for (const field of Object.keys(command)) {
      const missing = new URLSearchParams(Object.entries(command).filter(([key]) => key !== field));
      await send(missing.toString(), "application/x-www-form-urlencoded", `command without ${field}`);
      const twice = new URLSearchParams(Object.entries(command));
      twice.append(field, command[field]!);
      await send(twice.toString(), "application/x-www-form-urlencoded", `command with ${field} twice`);
    }

    expect(unexpected).toEqual([]);
    expect(statuses.get(400)).toBeGreaterThan(100);
    expect(replica.child.exitCode).toBeNull();
    expect(await healthz()).toBe(200);
    expect(await counts()).toEqual(before);
    expect(await helpAnswered()).toBe(true);
  }, 120_000);
});

/** A well-formed body of each kind that would have an effect (a case filed, a press recorded, a modal opened). */
function templates(roster: ComplaintRoster): Record<string, Record<string, unknown>> {
  const user = { id: "U_FRONT" };
  return {
    block_actions: {
      type: "block_actions",
      user,
      trigger_id: "1.3",
      response_url: "http://127.0.0.1:9/response/1",
      container: { type: "message" },
      channel: { id: "C_SUPPORT" },
      message: { ts: "1764000000.000100" },
      actions: [{ action_id: "complaint_acknowledge", type: "button", block_id: "actions", value: "1" }],
    },
    view_submission: {
      type: "view_submission",
      user,
      trigger_id: "1.4",
      view: {
        id: "V_FUZZ",
        callback_id: "complaint_intake",
        private_metadata: "",
        state: { values: intakeValues({ customer: "ACME", class: "general", category: "billing", description: "fuzz", source: "chat", lead: roster.supportDepartmentId }) },
      },
    },
    message_action: {
      type: "message_action",
      callback_id: "log_complaint",
      user,
      trigger_id: "1.5",
      channel: { id: "C_SUPPORT" },
      message: { ts: "1764000000.000200", text: "broken export" },
    },
    shortcut: { type: "shortcut", callback_id: "log_complaint", user, trigger_id: "1.6" },
    event: { type: "event_callback", event_id: "Ev_FUZZ", event: { type: "message", channel: "C_SUPPORT", user: "U_FRONT", ts: "1764000000.000300", thread_ts: "1764000000.000100", text: "a reply" } },
  };
}

let copies = 0;
/** Every field of `template` in turn: removed, and replaced by a value of each wrong type. */
function* breakages(template: Record<string, unknown>): Generator<[string, unknown]> {
  const paths: string[][] = [];
  const walk = (node: unknown, path: string[]) => {
    if (path.length > 0) paths.push(path);
    if (node && typeof node === "object") for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
  };
  walk(template, []);
  for (const path of paths) {
    const original = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], template);
    const wrong: unknown[] = typeof original === "string" ? [null, 7, true, [], {}] : Array.isArray(original) ? [null, "x", 7, {}] : [null, "x", 7, []];
    const optional = OPTIONAL.has(path.join("."));
    for (const value of optional ? wrong : [undefined, ...wrong]) {
      if (optional && value === null && NULLABLE.has(path.join("."))) continue;
      const copy = structuredClone(template);
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, copy);
      // Each copy its own trigger and event id, or the replay guard would take later copies for the first.
      for (const key of ["trigger_id", "event_id"]) if (key in copy && path[0] !== key) copy[key] = `${key}-${++copies}`;
      if (value === undefined) delete parent[path.at(-1)!];
      else parent[path.at(-1)!] = value;
      yield [`${path.join(".")} = ${JSON.stringify(value) ?? "(missing)"}`, copy];
    }
  }
}

// Fields a body may leave out (removing them leaves a valid request, not a broken one).
const OPTIONAL = new Set([
  "trigger_id", "response_url", "container", "channel", "message", "actions.0.block_id", "actions.0.value",
  "view.state.values.source", "view.state.values.source.value", "view.state.values.source.value.selected_option",
  "view.state.values.lead", "view.state.values.lead.value", "view.state.values.lead.value.selected_option",
  "view.state.values.cooperating", "view.state.values.cooperating.value", "view.state.values.cooperating.value.selected_options",
  "message.text",
  "event.user", "event.channel", "event.ts", "event.thread_ts", "event.text",
]);
// Of those, the ones Slack sends as null when empty.
const NULLABLE = new Set(["view.state.values.source.value.selected_option", "view.state.values.lead.value.selected_option"]);
