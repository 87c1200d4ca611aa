import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { withActor } from "../../../src/db/with-actor.js";
import { seedHealthRoster } from "../seed-health-roster.js";
import { ask, press, replyOf } from "./ask-steward.js";

const t = useTestDatabase();
let steward: TestSteward;

beforeAll(async () => {
  await seedHealthRoster(t.db);
  // 09:00 in Shanghai (the team's default zone): the evaluation date is 2026-11-24
  steward = await startTestSteward({ db: t.db, clock: new ManualClock(new Date("2026-11-24T01:00:00Z")) });
});
afterAll(async () => {
  await steward?.stop();
});

describe("/customer score through signed HTTP requests", () => {
  it("explains an excellent score: header, every dimension with evidence, override, trend, actions", async () => {
    const reply = await ask(steward, "U0MEI", "score acme");
    expect(reply.call.args.response_type).toBe("ephemeral");
    expect(reply.text).toContain("ACME · Acme Corp — 9.6 / 10 · excellent");
    expect(reply.text).toContain("*stability* 9.0 / 10 · 30 % — monthly orders within ±8.4 % of ¥1.2M; 3 payments, all on time");
    expect(reply.text).toContain("_override 9.0 (computed 10.0) by Mei Chen on 2026-08-31: “orders steady at ¥1.2M ± ¥0.1M”_");
    expect(reply.text).toContain("*satisfaction* 10.0 / 10 · 25 % — survey 92 on 2026-09-14");
    expect(reply.text).toContain("*engagement* 9.0 / 10 · 15 % — 2.0 contacts/month, new need raised 2026-10-02");
    expect(reply.text).toContain("*risk* 10.0 / 10 · 10 % — no complaints");
    expect(reply.text).toContain("*Trend* `▇▇█` +1.3 since 2026-08-31");
    expect(reply.text).toContain("*Strategy (excellent):* executive visits");
    expect(reply.text).toContain("delivery 3–5 days slower than competitors → supply-chain review (medium, <@U0MEI>, due 2026-12-31)");
    expect(reply.buttons.map((b) => b.label)).toEqual(["Share in channel"]);
  });

  it("shows the other three grades with their evidence and strategies", async () => {
    const good = await ask(steward, "U0MEI", "score Globex Ltd");
    expect(good.text).toContain("GLOBEX · Globex Ltd — 7.5 / 10 · good");
    expect(good.text).toContain("2 payments, 1 late by up to 7 days");
    const fair = await ask(steward, "U0LI", "score initech");
    expect(fair.text).toContain("INITECH · Initech — 5.2 / 10 · fair");
    expect(fair.text).toContain("*Key problems*");
    expect(fair.text).toContain("• stability 4.0/10 —");
    expect(fair.text).toContain("*Strategy (fair):* contact at least monthly, fix open complaints, product training");
    const poor = await ask(steward, "U0LI", "score UMB");
    expect(poor.text).toContain("UMBRELLA · Umbrella Trading — 2.8 / 10 · poor · provisional (4 of 5 dimensions)");
    expect(poor.text).toContain("*satisfaction* data incomplete · 25 %");
    expect(poor.text).toContain("_missing: satisfaction survey: none in the last 12 months_");
    expect(poor.text).toContain("*Strategy (poor):* special team");
  });

  it("gives no composite when too little is known, only what to collect", async () => {
    const reply = await ask(steward, "U0LI", "score newco");
    expect(reply.text).toContain("NEWCO · Newco — no score: data incomplete");
    expect(reply.text).toContain("*Not enough data for a score* (25 % of the weight available). Collect:");
    expect(reply.text).toContain("• needs-fit judgement: no assessment has recorded one yet");
  });

  it("evaluates as of a past date", async () => {
    const reply = await ask(steward, "U0MEI", "score Acme Corp at 2026-08-31");
    expect(reply.text).toContain("As of 2026-08-31 · evidence from 2026-02-01 to before 2026-08-01");
    expect(reply.text).toContain("since 2026-05-31");
  });

  it("shares the report in the channel for everyone", async () => {
    const reply = await ask(steward, "U0MEI", "score acme");
    const shared = replyOf(await press(steward, "U0MEI", reply.buttons[0]!));
    expect(shared.call.args.response_type).toBe("in_channel");
    expect(shared.text).toContain("ACME · Acme Corp — 9.6 / 10 · excellent");
    expect(shared.text).toContain("shared by <@U0MEI>");
    expect(shared.buttons).toEqual([]);
  });

  it("offers buttons when a prefix matches several customers, and a press answers for that one", async () => {
    const reply = await ask(steward, "U0MEI", "score acm");
    expect(reply.text).toContain("Several customers match `acm` — which one?");
    expect(reply.buttons.map((b) => b.label)).toEqual(["ACME", "ACMES"]);
    const picked = replyOf(await press(steward, "U0MEI", reply.buttons[0]!));
    expect(picked.text).toContain("ACME · Acme Corp — 9.6 / 10 · excellent");
  });

  it("suggests a close spelling when nothing matches", async () => {
    const reply = await ask(steward, "U0MEI", "score ACMEE");
    expect(reply.text).toBe("No customer matches `ACMEE` — did you mean ACME (Acme Corp) or ACMES (Acme South)?");
  });
});

describe("who may see a score", () => {
  it("lets the owner's department, its head and executives see it", async () => {
    for (const viewer of ["U0LI", "U0HEAD", "U0EXEC"]) {
      expect((await ask(steward, viewer, "score acme")).text, viewer).toContain("9.6 / 10 · excellent");
    }
  });

  it("refuses someone of another department, naming the owner and without the score", async () => {
    const reply = await ask(steward, "U0OTHER", "score acme");
    expect(reply.text).toBe(
      "Sorry — ACME's score is visible to its owner (<@U0MEI>), their department, its head, executives and admins. Ask the owner to share it in a channel.",
    );
    expect(reply.text).not.toContain("9.6");
  });

  it("politely refuses someone not on the roster, also for the share button", async () => {
    const reply = await ask(steward, "U_NOBODY", "score acme");
    expect(reply.text).toMatch(/^Sorry — customer data is shown only to people on Steward's roster/);
    const acme = await ask(steward, "U0MEI", "score acme");
    const pressed = replyOf(await press(steward, "U0OTHER", acme.buttons[0]!));
    expect(pressed.call.args.response_type).toBe("ephemeral");
    expect(pressed.text).toContain("Sorry — ACME's score is visible to its owner");
  });
});

describe("bad input", () => {
  it("answers a missing customer with the usage and an example", async () => {
    const reply = await ask(steward, "U0MEI", "score");
    expect(reply.text).toBe("Which customer? Usage: `/customer score <customer> [at YYYY-MM-DD]`, e.g. `/customer score ACME`");
  });

  it("refuses a future or malformed date", async () => {
    expect((await ask(steward, "U0MEI", "score acme at 2026-11-25")).text).toBe(
      "`2026-11-25` is in the future: a score can only be evaluated up to today (2026-11-24). Usage: `/customer score <customer> [at YYYY-MM-DD]`, e.g. `/customer score ACME at 2026-11-24`",
    );
    expect((await ask(steward, "U0MEI", "score acme at 2026-13-01")).text).toContain("`2026-13-01` is not a calendar date");
    expect((await ask(steward, "U0MEI", "score acme at yesterday")).text).toContain("`yesterday` is not a date: write it as YYYY-MM-DD");
  });

  it("refuses a 10,000-character customer and a control character cleanly", async () => {
    expect((await ask(steward, "U0MEI", `score ${"A".repeat(10_000)}`)).text).toContain("takes at most 500");
    expect((await ask(steward, "U0MEI", `score ${"A".repeat(300)}`)).text).toBe(
      "That customer is 300 characters long; a customer key, name or alias has at most 100, e.g. `ACME`.",
    );
    expect((await ask(steward, "U0MEI", "score AC\u0001ME")).text).toContain("control character");
  });

  it("ignores a forged share button value, changing nothing", async () => {
    const before = steward.fake.callsTo("response_url").filter((c) => c.args.response_type === "in_channel").length;
    const call = await press(steward, "U0MEI", { actionId: "health_share_score", value: "{\"c\":\"DROP\"}" });
    expect(replyOf(call).text).toBe("That customer no longer exists; nothing was shared.");
    expect(steward.fake.callsTo("response_url").filter((c) => c.args.response_type === "in_channel").length).toBe(before);
  });

  it("sees this morning's open urgent complaint that /customer show lists, and then its resolution awaiting confirmation", async () => {
    const acmes = await t.db.prisma.customer.findUniqueOrThrow({ where: { key: "ACMES" } });
    const opened = new Date("2026-11-24T00:30:00Z"); // 08:30 in Shanghai, today
    const complaint = await withActor(t.db, "cli:test", (tx) =>
      tx.complaint.create({
        data: { customerId: acmes.id, class: "urgent", category: "quality", description: "line stopped", tier: 3, openedAt: opened, tierSince: opened },
      }),
    );
    try {
      const show = await ask(steward, "U0LI", "show ACMES");
      expect(show.text).toContain("urgent, open, tier 3");
      const score = await ask(steward, "U0LI", "score ACMES");
      expect(score.text).toContain("*risk* 4.0 / 10 · 10 % — 1 urgent complaint, open since 2026-11-24");
      await withActor(t.db, "cli:test", (tx) =>
        tx.complaint.update({ where: { id: complaint.id }, data: { status: "resolved", resolvedAt: new Date("2026-11-24T00:50:00Z"), solution: "restarted" } }),
      );
      const resolved = await ask(steward, "U0LI", "score ACMES");
      expect(resolved.text).toContain("*risk* 4.0 / 10 · 10 % — 1 urgent complaint (opened 2026-11-24), resolved 2026-11-24, awaiting the customer's confirmation");
      expect(resolved.text).not.toContain("unresolved");
    } finally {
      await withActor(t.db, "cli:test", (tx) => tx.complaint.delete({ where: { id: complaint.id } }));
    }
  });
});
