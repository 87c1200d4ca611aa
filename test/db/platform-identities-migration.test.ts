import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { withActor } from "../../src/db/with-actor.js";
import { adminQuery } from "../support/admin-query.js";
import { serverUrl } from "../support/server-url.js";

// An upgrade, not a fresh install: the database is brought to the schema before platform identities,
// filled the way Steward filled it then (Slack ids in people, departments, actors), and then migrated to
// the latest schema, where slack_channel/slack_ts are message_channel/message_id (20261201190000_neutral_message_references).
const BEFORE = "20261201161000_slack_request_keys";
const MIGRATION = "migration:20261201180000_platform_identities";

let db: Database;
let name: string | undefined;
let auditBefore: { id: string; actor: string; table_name: string; row_id: string; action: string; before: unknown; after: unknown }[];

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
      INSERT INTO departments (id, name, slack_channel, updated_at) VALUES
        (1, 'Sales', 'C0SALES', now()), (2, 'Support', NULL, now());
      INSERT INTO people (id, slack_user_id, name, department_id, roles, updated_at) VALUES
        (1, 'U0LIWEI', 'Li Wei', 1, '{owner,department_head}', now()),
        (2, 'U0ANNA', 'Anna', 2, '{frontline}', now()),
        (3, 'W0GONE', 'Gone', NULL, '{}', now());
      UPDATE people SET active = false WHERE id = 3;
      UPDATE departments SET head_id = 1 WHERE id = 1;
      INSERT INTO customers (id, key, name, owner_id, updated_at) VALUES (1, 'ACME', 'Acme', 1, now());
      INSERT INTO complaints (id, customer_id, class, category, description, lead_department_id, opened_by_id, opened_at, tier_since,
                              card_channel, card_ts, team_channel, updated_at) VALUES
        (1, 1, 'urgent', 'technical', 'Down', 1, 2, now(), now(), 'C0SALES', '1700000000.000100', 'C0TEAM', now()),
        (2, 1, 'general', 'delivery', 'Late', 1, 2, now(), now(), NULL, NULL, NULL, now());
      INSERT INTO complaint_departments (complaint_id, department_id, notice_channel, notice_ts) VALUES (1, 2, 'C0SUP', '1700000000.000200'), (2, 2, NULL, NULL);`);
    await s.exec("SELECT set_config('steward.actor', 'U0LIWEI', true)");
    await s.exec("UPDATE people SET name = 'Anna Berg' WHERE id = 2");
    await s.exec(`
      INSERT INTO complaint_events (complaint_id, at, actor, kind, text, slack_channel, slack_ts) VALUES
        (1, now(), 'U0ANNA', 'message', 'On it', 'C0SALES', '1700000000.000300'),
        (1, now(), 'steward', 'page', NULL, NULL, NULL);
      INSERT INTO deliveries (key, rule, recipient, due_at, status, slack_channel, slack_ts) VALUES
        ('birthday:contact-1:2026-12-01', 'birthday', 'U0LIWEI', now(), 'sent', 'D0LIWEI', '1700000000.000400'),
        ('birthday:contact-2:2026-12-01', 'birthday', 'U0LIWEI', now(), 'pending', NULL, NULL);`);
    await s.exec("COMMIT");
  });
  auditBefore = await db.session((s) => s.query("SELECT id::text, actor, table_name, row_id, action, before, after FROM audit_log ORDER BY audit_log.id"));
  await migrate(db);
});

afterAll(async () => {
  await db?.close();
  if (name) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

describe("the platform identities migration on a roster of the previous schema", () => {
  it("gives every person their Slack id as a slack identity, active or not", async () => {
    const rows = await db.prisma.personIdentity.findMany({ orderBy: { personId: "asc" }, select: { personId: true, platform: true, externalId: true } });
    expect(rows).toEqual([
      { personId: 1, platform: "slack", externalId: "U0LIWEI" },
      { personId: 2, platform: "slack", externalId: "U0ANNA" },
      { personId: 3, platform: "slack", externalId: "W0GONE" },
    ]);
    const people = await db.prisma.person.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, active: true, departmentId: true } });
    expect(people).toEqual([
      { id: 1, name: "Li Wei", active: true, departmentId: 1 },
      { id: 2, name: "Anna Berg", active: true, departmentId: 2 },
      { id: 3, name: "Gone", active: false, departmentId: null },
    ]);
  });

  it("gives every department with a channel a slack channel, and none to one without", async () => {
    const rows = await db.prisma.departmentChannel.findMany({ select: { departmentId: true, platform: true, channel: true } });
    expect(rows).toEqual([{ departmentId: 1, platform: "slack", channel: "C0SALES" }]);
    expect(await db.prisma.department.findUniqueOrThrow({ where: { id: 1 }, select: { headId: true } })).toEqual({ headId: 1 });
  });

  it("keeps every earlier audit entry, and records the new rows as written by the migration", async () => {
    const after = await db.session((s) =>
      s.query<{ id: string; actor: string; table_name: string; row_id: string; action: string; before: unknown; after: unknown }>(
        "SELECT id::text, actor, table_name, row_id, action, before, after FROM audit_log ORDER BY audit_log.id",
      ),
    );
    const kept = after.slice(0, auditBefore.length);
    expect(kept).toEqual(auditBefore);
    // The history still says who was who: the people inserts name their Slack ids.
    expect(kept.filter((r) => r.table_name === "people" && r.action === "insert").map((r) => (r.after as { slack_user_id: string }).slack_user_id)).toEqual([
      "U0LIWEI",
      "U0ANNA",
      "W0GONE",
    ]);
    const added = after.slice(auditBefore.length);
    expect(added.map((r) => [r.actor, r.table_name, r.row_id, r.action, r.before, r.after])).toEqual([
      [MIGRATION, "person_identities", "1", "insert", null, expect.objectContaining({ person_id: 1, platform: "slack", external_id: "U0LIWEI" })],
      [MIGRATION, "person_identities", "2", "insert", null, expect.objectContaining({ person_id: 2, platform: "slack", external_id: "U0ANNA" })],
      [MIGRATION, "person_identities", "3", "insert", null, expect.objectContaining({ person_id: 3, platform: "slack", external_id: "W0GONE" })],
      [MIGRATION, "department_channels", "1", "insert", null, expect.objectContaining({ department_id: 1, platform: "slack", channel: "C0SALES" })],
      [MIGRATION, "complaints", "1", "update", { card_platform: null, team_platform: null }, { card_platform: "slack", team_platform: "slack" }],
      [MIGRATION, "complaint_departments", "1:2", "update", { notice_platform: null }, { notice_platform: "slack" }],
    ]);
  });

  it("names the platform of every message reference it carries over, and of none that is absent", async () => {
    const complaints = await db.prisma.complaint.findMany({ orderBy: { id: "asc" }, select: { cardPlatform: true, cardChannel: true, cardTs: true, teamPlatform: true, teamChannel: true, openedById: true } });
    expect(complaints).toEqual([
      { cardPlatform: "slack", cardChannel: "C0SALES", cardTs: "1700000000.000100", teamPlatform: "slack", teamChannel: "C0TEAM", openedById: 2 },
      { cardPlatform: null, cardChannel: null, cardTs: null, teamPlatform: null, teamChannel: null, openedById: 2 },
    ]);
    const notices = await db.prisma.complaintDepartment.findMany({ orderBy: { complaintId: "asc" }, select: { noticePlatform: true, noticeChannel: true } });
    expect(notices).toEqual([{ noticePlatform: "slack", noticeChannel: "C0SUP" }, { noticePlatform: null, noticeChannel: null }]);
    const events = await db.prisma.complaintEvent.findMany({ orderBy: { id: "asc" }, select: { actor: true, messagePlatform: true, messageChannel: true, messageId: true } });
    expect(events).toEqual([
      { actor: "U0ANNA", messagePlatform: "slack", messageChannel: "C0SALES", messageId: "1700000000.000300" },
      { actor: "steward", messagePlatform: null, messageChannel: null, messageId: null },
    ]);
    const deliveries = await db.prisma.delivery.findMany({ orderBy: { id: "asc" }, select: { status: true, messagePlatform: true, messageChannel: true } });
    expect(deliveries).toEqual([
      { status: "sent", messagePlatform: "slack", messageChannel: "D0LIWEI" },
      { status: "pending", messagePlatform: null, messageChannel: null },
    ]);
  });

  it("refuses a message reference without its platform, and stores an archived message once per platform", async () => {
    await expect(
      withActor(db, "cli:ana", (tx) => tx.complaint.update({ where: { id: 2 }, data: { cardChannel: "C0X", cardTs: "1.2" } })),
    ).rejects.toThrow(/complaints_card_platform_check/);
    const archive = (platform: string) =>
      db.prisma.$executeRaw`INSERT INTO complaint_events (complaint_id, at, actor, kind, message_platform, message_channel, message_id)
        VALUES (1, now(), 'U0ANNA', 'message', ${platform}, 'C0SALES', '1700000000.000300')
        ON CONFLICT (message_platform, message_channel, message_id) DO NOTHING`;
    expect(await archive("slack")).toBe(0);
    expect(await archive("teams")).toBe(1);
  });

  it("still attributes every later change, and still refuses writes that name nobody", async () => {
    await withActor(db, "slack:U0LIWEI", (tx) => tx.personIdentity.create({ data: { personId: 2, platform: "teams", externalId: "29:anna" } }));
    const [last] = await db.prisma.auditLog.findMany({ orderBy: { id: "desc" }, take: 1 });
    expect([last?.actor, last?.tableName, last?.action]).toEqual(["slack:U0LIWEI", "person_identities", "insert"]);
    await expect(db.prisma.departmentChannel.create({ data: { departmentId: 2, platform: "slack", channel: "C0SUP" } })).rejects.toThrow(/steward.actor is not set/);
  });

  it("lets a person have one identity per platform and an id name one person", async () => {
    await expect(
      withActor(db, "cli:ana", (tx) => tx.personIdentity.create({ data: { personId: 1, platform: "slack", externalId: "U0OTHER" } })),
    ).rejects.toThrow(/unique constraint/i);
    await expect(
      withActor(db, "cli:ana", (tx) => tx.personIdentity.create({ data: { personId: 3, platform: "slack", externalId: "U0LIWEI" } })),
    ).rejects.toThrow(/unique constraint/i);
    await expect(
      withActor(db, "cli:ana", (tx) => tx.personIdentity.create({ data: { personId: 3, platform: "irc", externalId: "gone" } })),
    ).rejects.toThrow(/person_identities_platform_check/);
  });
});
