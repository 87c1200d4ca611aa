import { beforeAll, expect, it } from "vitest";
import { runSteward } from "../support/run-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { describeWithServer } from "../support/describe-with-server.js";
import { type SeededRoster, seedReminderRoster } from "./seed-reminder-roster.js";

const t = useTestDatabase();
let roster: SeededRoster;

beforeAll(async () => {
  roster = await seedReminderRoster(t.db);
});

describeWithServer("steward reminders (the built CLI against the test database)", () => {
  const env = () => ({ DATABASE_URL: t.url! });

  it("`due --at` lists what would be sent then, without sending or recording anything", async () => {
    const run = await runSteward(["reminders", "due", "--at", "2026-11-24T09:00+08:00", "--json"], { env: env() });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { at: string; items: Array<{ key: string; recipient: string; dueAt: string; status: string; text: string }> };
    expect(out.at).toBe("2026-11-24T01:00:00.000Z");
    expect(out.items.map((i) => [i.key, i.recipient, i.dueAt, i.status])).toEqual([
      [`birthday:contact-${roster.contacts.zhang}:2026-11-24`, "U_SHANGHAI", "2026-11-24T01:00:00.000Z", "new"],
    ]);
    // The item's neutral text, shown as Slack shows it (the listing has always shown mrkdwn).
    expect(out.items[0]?.text).toMatch(/^:birthday: \*Zhang Min\*.* has a birthday today\.$/);
    expect(await t.db.prisma.delivery.count()).toBe(0);
  });

  it("`due` without --at asks the process's clock, which a test sets with STEWARD_START_TIME", async () => {
    const run = await runSteward(["reminders", "due", "--json"], { env: { ...env(), STEWARD_START_TIME: "2026-11-24T09:00:00+08:00" } });
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { at: string; items: Array<{ key: string }> };
    // The clock starts at the given instant and runs on: a few seconds at most have passed.
    expect(Date.parse(out.at) - Date.parse("2026-11-24T01:00:00Z")).toBeGreaterThanOrEqual(0);
    expect(Date.parse(out.at) - Date.parse("2026-11-24T01:00:00Z")).toBeLessThan(30_000);
    expect(out.items.map((i) => i.key)).toEqual([`birthday:contact-${roster.contacts.zhang}:2026-11-24`]);
  });

  it("refuses a time without a zone, naming the option and showing the right form", async () => {
    const run = await runSteward(["reminders", "due", "--at", "2026-11-24 09:00"], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('--at: "2026-11-24 09:00" is not an ISO 8601 time with a zone; e.g. 2026-11-24T09:00+08:00 or 2026-11-24T01:00Z');
  });

  it("`log --customer` shows what was sent to whom and when, and refuses an unknown customer", async () => {
    await t.db.prisma.delivery.create({
      data: {
        key: `birthday:contact-${roster.contacts.zhang}:2026-11-24`,
        rule: "birthday",
        customerId: roster.customers.ACME,
        recipient: "U_SHANGHAI",
        dueAt: new Date("2026-11-24T01:00:00Z"),
        status: "sent",
        sentAt: new Date("2026-11-24T01:00:02Z"),
        messagePlatform: "slack",
        messageChannel: "DU_SHANGHAI",
        messageId: "1764000000.000001",
        payload: { text: "Zhang Min has a birthday today." },
      },
    });
    const run = await runSteward(["reminders", "log", "--customer", "acme"], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(
      `2026-11-24T01:00:02.000Z  sent    → U_SHANGHAI (Li Wei)  birthday:contact-${roster.contacts.zhang}:2026-11-24 [ACME]\n    message DU_SHANGHAI/1764000000.000001`,
    );
    const unknown = await runSteward(["reminders", "log", "--customer", "NOPE"], { env: env() });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('--customer: no customer with key "NOPE" (keys are like ACME; "steward reminders log" without --customer lists all)');
  });

  it("`log --json` shows each row's line: a neutral message's text as mrkdwn, an older row's Slack text as stored", async () => {
    await t.db.prisma.delivery.create({
      data: {
        key: "follow-up:customer-1:2026-11-25",
        rule: "follow-up",
        recipient: "slack:U_SHANGHAI",
        dueAt: new Date("2026-11-25T01:00:00Z"),
        status: "skipped",
        payload: { message: { text: [{ kind: "strong", content: ["Follow up with ", "R&D"] }, "."], parts: [] } },
      },
    });
    const run = await runSteward(["reminders", "log", "--json", "--limit", "2"], { env: env() });
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as Array<{ key: string; text: string }>;
    expect(entries.map((entry) => [entry.key, entry.text])).toEqual([
      ["follow-up:customer-1:2026-11-25", "*Follow up with R&amp;D*."],
      [`birthday:contact-${roster.contacts.zhang}:2026-11-24`, "Zhang Min has a birthday today."],
    ]);
  });
});
