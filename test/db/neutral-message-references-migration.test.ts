import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { pauseMethod } from "../../src/db/deliveries/pause-method.js";
import { loadMethodPauses } from "../../src/db/deliveries/load-method-pauses.js";
import { adminQuery } from "../support/admin-query.js";
import { serverUrl } from "../support/server-url.js";

// An upgrade, not a fresh install: the database is brought to the schema before the neutral names,
// filled with archived messages, ledger rows (sent on Slack and on Teams, pending, stored before the
// neutral messages) and rate-limit pauses under the old `slack_*` names, and then migrated.
const BEFORE = "20261201184000_teams_conversations";

type Row = Record<string, unknown>;
/** Every column of every row, as the database holds it (JSON, so both drivers read it alike). */
const rowsOf = (table: string, order: string) => db.session((s) => s.query<{ row: Row }>(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${order}`)).then((rows) => rows.map((r) => r.row));
/** `row` as it reads after the renames: the same values, the old columns under their new names. */
const renamed = (row: Row): Row => {
  const { slack_channel, slack_ts, ...rest } = row;
  return { ...rest, message_channel: slack_channel, message_id: slack_ts };
};

let db: Database;
let name: string | undefined;
let before: { events: Row[]; deliveries: Row[]; pauses: Row[]; audit: Row[] };

beforeAll(async () => {
  if (serverUrl()) {
    name = `steward_m_${randomBytes(5).toString("hex")}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    db = await openDatabase({ databaseUrl: serverUrl(name), dataDir: "memory://" });
  } else {
    db = await openDatabase({ dataDir: "memory://" });
  }
  await migrate(db, { through: BEFORE });
  await db.session(async (s) => {
    await s.exec("BEGIN");
    await s.exec("SELECT set_config('steward.actor', 'cli:ana', true)");
    await s.exec(`
      INSERT INTO departments (id, name, updated_at) VALUES (1, 'Sales', now());
      INSERT INTO people (id, name, department_id, roles, updated_at) VALUES (1, 'Li Wei', 1, '{owner}', now()), (2, 'Anna', 1, '{frontline}', now());
      INSERT INTO person_identities (person_id, platform, external_id) VALUES (1, 'slack', 'U0LIWEI'), (2, 'teams', 'aad-anna');
      INSERT INTO customers (id, key, name, owner_id, updated_at) VALUES (1, 'ACME', 'Acme', 1, now());
      INSERT INTO complaints (id, customer_id, class, category, description, lead_department_id, opened_by_id, opened_at, tier_since, updated_at)
        VALUES (1, 1, 'urgent', 'technical', 'Down', 1, 2, '2026-12-01T09:00:00Z', '2026-12-01T09:00:00Z', now());
      INSERT INTO complaint_events (complaint_id, at, actor, kind, text, message_platform, slack_channel, slack_ts) VALUES
        (1, '2026-12-01T09:01:00Z', 'U0LIWEI', 'message', 'On it', 'slack', 'C0SALES', '1764579660.000100'),
        (1, '2026-12-01T09:02:00Z', 'teams:aad-anna', 'message', 'Customer called', 'teams', '19:abc@thread.tacv2;messageid=1764579600000', '1764579720000'),
        (1, '2026-12-01T09:03:00Z', 'steward', 'escalation', NULL, NULL, NULL, NULL);
      INSERT INTO deliveries (key, rule, customer_id, recipient, due_at, status, attempts, claimed_by, claimed_at, sent_at, late, last_error,
                              message_platform, slack_channel, slack_ts, payload) VALUES
        ('birthday:contact-1:2026-12-01', 'birthday', 1, 'U0LIWEI', '2026-12-01T08:00:00Z', 'sent', 1, 'host:1:a', '2026-12-01T08:00:01Z', '2026-12-01T08:00:02Z', true, NULL,
         'slack', 'D0LIWEI', '1764576002.000200', '{"text": "Zhang Min has a birthday today.", "blocks": []}'),
        ('complaint-ping:1:tier-2', 'complaint-ping', 1, 'teams:aad-anna', '2026-12-01T09:03:00Z', 'sent', 1, 'host:2:b', '2026-12-01T09:03:01Z', '2026-12-01T09:03:02Z', false, NULL,
         'teams', 'a:1personal', '1764579782000', '{"message": {"text": ["Case 1 escalated"]}}'),
        ('birthday:contact-2:2026-12-02', 'birthday', 1, 'U0LIWEI', '2026-12-02T08:00:00Z', 'failed', 2, NULL, NULL, NULL, false, 'transient: HTTP 503',
         NULL, NULL, NULL, '{"message": {"text": ["Tomorrow"]}}');
      INSERT INTO slack_method_pauses (method, until, reason, set_by) VALUES
        ('chat.postMessage', '2026-12-01T10:00:30Z', 'rate limited by Slack (Retry-After 30 s)', 'host:1:a'),
        ('teams.createActivity', '2026-12-01T10:00:05Z', 'rate limited by Teams (Retry-After 5 s)', 'host:2:b');`);
    await s.exec("COMMIT");
  });
  before = {
    events: await rowsOf("complaint_events", "id"),
    deliveries: await rowsOf("deliveries", "id"),
    pauses: await rowsOf("slack_method_pauses", "method"),
    audit: await rowsOf("audit_log", "id"),
  };
  const { applied } = await migrate(db);
  expect(applied).toEqual(["20261201190000_neutral_message_references"]);
});

afterAll(async () => {
  await db?.close();
  if (name) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("the neutral message references migration on a database of the previous schema", () => {
  it("keeps every archived message and timeline entry, its channel and id under the new names", async () => {
    expect(before.events).toHaveLength(3);
    expect(await rowsOf("complaint_events", "id")).toEqual(before.events.map(renamed));
    const events = await db.prisma.complaintEvent.findMany({ orderBy: { id: "asc" }, select: { actor: true, messagePlatform: true, messageChannel: true, messageId: true } });
    expect(events).toEqual([
      { actor: "U0LIWEI", messagePlatform: "slack", messageChannel: "C0SALES", messageId: "1764579660.000100" },
      { actor: "teams:aad-anna", messagePlatform: "teams", messageChannel: "19:abc@thread.tacv2;messageid=1764579600000", messageId: "1764579720000" },
      { actor: "steward", messagePlatform: null, messageChannel: null, messageId: null },
    ]);
  });

  it("keeps every ledger row, sent or not, with where its message lives under the new names", async () => {
    expect(before.deliveries).toHaveLength(3);
    expect(await rowsOf("deliveries", "id")).toEqual(before.deliveries.map(renamed));
    const rows = await db.prisma.delivery.findMany({ orderBy: { id: "asc" }, select: { key: true, status: true, messagePlatform: true, messageChannel: true, messageId: true } });
    expect(rows).toEqual([
      { key: "birthday:contact-1:2026-12-01", status: "sent", messagePlatform: "slack", messageChannel: "D0LIWEI", messageId: "1764576002.000200" },
      { key: "complaint-ping:1:tier-2", status: "sent", messagePlatform: "teams", messageChannel: "a:1personal", messageId: "1764579782000" },
      { key: "birthday:contact-2:2026-12-02", status: "failed", messagePlatform: null, messageChannel: null, messageId: null },
    ]);
  });

  it("keeps every rate-limit pause in the renamed table, and the pauses still only grow", async () => {
    expect(before.pauses).toHaveLength(2);
    expect(await rowsOf("platform_method_pauses", "method")).toEqual(before.pauses);
    const at = new Date("2026-12-01T10:00:00Z");
    expect(await loadMethodPauses(db, at)).toEqual(
      new Map([
        ["chat.postMessage", new Date("2026-12-01T10:00:30Z")],
        ["teams.createActivity", new Date("2026-12-01T10:00:05Z")],
      ]),
    );
    await pauseMethod(db, "chat.postMessage", new Date("2026-12-01T10:00:10Z"), "rate limited by Slack (Retry-After 10 s)", "host:3:c");
    await pauseMethod(db, "teams.createActivity", new Date("2026-12-01T10:01:00Z"), "rate limited by Teams (Retry-After 60 s)", "host:3:c");
    const pauses = await db.prisma.methodPause.findMany({ orderBy: { method: "asc" }, select: { method: true, until: true, setBy: true } });
    expect(pauses).toEqual([
      { method: "chat.postMessage", until: new Date("2026-12-01T10:00:30Z"), setBy: "host:1:a" },
      { method: "teams.createActivity", until: new Date("2026-12-01T10:01:00Z"), setBy: "host:3:c" },
    ]);
  });

  it("leaves no old name behind: the table, columns, index and key are all renamed", async () => {
    const names = await db.session((s) =>
      s.query<{ name: string }>(
        `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
          WHERE table_schema = current_schema() AND (table_name IN ('complaint_events', 'deliveries') AND column_name LIKE 'message%' OR table_name LIKE '%method_pauses')
         UNION ALL
         SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND (indexname LIKE '%method_pauses%' OR indexname LIKE 'complaint_events_message%')
         ORDER BY 1`,
      ),
    );
    expect(names.map((n) => n.name)).toEqual([
      "complaint_events.message_channel",
      "complaint_events.message_id",
      "complaint_events.message_platform",
      "complaint_events_message_reference_key",
      "deliveries.message_channel",
      "deliveries.message_id",
      "deliveries.message_platform",
      "platform_method_pauses.method",
      "platform_method_pauses.reason",
      "platform_method_pauses.set_by",
      "platform_method_pauses.until",
      "platform_method_pauses_pkey",
    ]);
  });

  it("still stores an archived message once per platform, and still refuses a reference without its platform", async () => {
    const archive = (platform: string) =>
      db.prisma.$executeRaw`INSERT INTO complaint_events (complaint_id, at, actor, kind, message_platform, message_channel, message_id)
        VALUES (1, now(), 'U0LIWEI', 'message', ${platform}, 'C0SALES', '1764579660.000100')
        ON CONFLICT (message_platform, message_channel, message_id) DO NOTHING`;
    expect(await archive("slack")).toBe(0);
    expect(await archive("teams")).toBe(1);
    // Through the raw session: the embedded store's Prisma driver does not pass a raw query's error message on.
    const run = (sql: string) => db.session((s) => s.exec(sql));
    await expect(
      run("INSERT INTO complaint_events (complaint_id, at, actor, kind, message_channel, message_id) VALUES (1, now(), 'U0LIWEI', 'message', 'C0X', '1.2')"),
    ).rejects.toThrow(/complaint_events_message_platform_check/);
    await expect(run("UPDATE deliveries SET message_channel = 'D0X', message_id = '1.3' WHERE key = 'birthday:contact-2:2026-12-02'")).rejects.toThrow(
      /deliveries_message_platform_check/,
    );
  });

  it("writes no audit entry and changes none: a rename changes no row", async () => {
    expect(before.audit.length).toBeGreaterThan(0);
    expect(await rowsOf("audit_log", "id")).toEqual(before.audit);
  });
});
