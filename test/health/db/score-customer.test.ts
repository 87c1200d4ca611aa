import { beforeAll, describe, expect, it } from "vitest";
import { findCustomer } from "../../../src/db/health/find-customer.js";
import { findPersonByIdentity } from "../../../src/db/people/find-person-by-identity.js";
import { scoreAllCustomers } from "../../../src/app/health/score-all-customers.js";
import { buildHealthReport } from "../../../src/app/health/build-health-report.js";
import type { CustomerProfile } from "../../../src/domain/health/customer-profile.js";
import { withActor } from "../../../src/db/with-actor.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { playbook } from "../health-inputs-fixture.js";
import { seedHealthRoster } from "../seed-health-roster.js";

const t = useTestDatabase();
const settings = { health: playbook, timeZone: "Asia/Shanghai" };

async function profile(key: string): Promise<CustomerProfile> {
  const found = await findCustomer(t.db, key);
  if (found.kind !== "found") throw new Error(`${key} not found`);
  return found.customer;
}

/** Roster ids of the owners the filters name. */
let mei: number;
let li: number;

beforeAll(async () => {
  await seedHealthRoster(t.db);
  mei = (await findPersonByIdentity(t.db, "slack", "U0MEI"))!.id;
  li = (await findPersonByIdentity(t.db, "slack", "U0LI"))!.id;
});

describe("scoring from the database", () => {
  it("aggregates orders, payments, survey, assessment, interactions and complaints: ACME is excellent", async () => {
    const report = await buildHealthReport(t.db, await profile("acme"), "2026-11-24", settings);
    expect(report.score.dimensions.map((d) => [d.key, d.computed, d.score, d.evidence])).toEqual([
      ["stability", 10, 9, "monthly orders within ±8.4 % of ¥1.2M; 3 payments, all on time"],
      ["satisfaction", 10, 10, "survey 92 on 2026-09-14"],
      ["needsFit", 10, 10, "products fully meet the needs (judged 2026-08-31 by Mei Chen)"],
      ["engagement", 9, 9, "2.0 contacts/month, new need raised 2026-10-02"],
      ["risk", 10, 10, "no complaints"],
    ]);
    expect(report.score.dimensions[0]!.override).toEqual({
      dimension: "stability",
      score: 9,
      reason: "orders steady at ¥1.2M ± ¥0.1M",
      author: "Mei Chen",
      on: "2026-08-31",
    });
    // (9×30 + 10×25 + 10×20 + 9×15 + 10×10) / 100 = 9.55 → 9.6
    expect(report.score.composite).toBe(9.6);
    expect(report.score.grade?.name).toBe("excellent");
    // the assessment dated after the evaluation date is not part of the trend
    expect(report.trend).toEqual({ sparkline: "▇▇█", change: 1.3, since: "2026-08-31" });
    expect(report.openActions).toEqual([
      {
        id: expect.any(Number),
        problem: "delivery 3–5 days slower than competitors",
        impact: "medium",
        measure: "supply-chain review",
        owner: { ids: { slack: "U0MEI" }, name: "Mei Chen" },
        deadline: "2026-12-31",
      },
    ]);
  });

  it("GLOBEX is good: 12.2 % fluctuation, 7 days late, survey 89.9, one resolved complaint", async () => {
    const report = await buildHealthReport(t.db, await profile("GLOBEX"), "2026-11-24", settings);
    expect(report.score.dimensions.map((d) => [d.score, d.evidence])).toEqual([
      [7, "monthly orders within ±12.2 % of ¥1M (furthest: 2026-07 at ¥1.1M); 2 payments, 1 late by up to 7 days"],
      [7, "survey 89.9 on 2026-10-01"],
      [7, "mostly meet the needs, room to improve (judged 2026-09-30 by Mei Chen)"],
      [10, "3.0 contacts/month"],
      [7, "1 general complaint (C-1, opened 2026-07-03), resolved 2026-07-05"],
    ]);
    expect([report.score.composite, report.score.grade?.name]).toEqual([7.5, "good"]);
  });

  it("scores a complaint resolved but not yet confirmed by the customer as unresolved, saying it awaits confirmation", async () => {
    const confirmed = await t.db.prisma.complaint.findUniqueOrThrow({ where: { ref: "C-1" } });
    await withActor(t.db, "cli:test", (tx) => tx.complaint.update({ where: { id: confirmed.id }, data: { status: "resolved", closedAt: null } }));
    try {
      const report = await buildHealthReport(t.db, await profile("GLOBEX"), "2026-11-24", settings);
      expect([report.score.dimensions[4]!.score, report.score.dimensions[4]!.evidence]).toEqual([
        4,
        "1 general complaint (C-1, opened 2026-07-03), resolved 2026-07-05, awaiting the customer's confirmation",
      ]);
    } finally {
      await withActor(t.db, "cli:test", (tx) => tx.complaint.update({ where: { id: confirmed.id }, data: { status: "closed", closedAt: confirmed.closedAt } }));
    }
  });

  it("INITECH is fair: 8 days late, and a complaint resolved only after the date was open then", async () => {
    const report = await buildHealthReport(t.db, await profile("INITECH"), "2026-11-24", settings);
    expect(report.score.dimensions.map((d) => d.score)).toEqual([4, 7, 4, 7, 4]);
    expect(report.score.dimensions[0]!.evidence).toContain("1 late by up to 8 days");
    expect(report.score.dimensions[4]!.evidence).toBe("1 general complaint (C-2), open since 2026-08-03");
    expect([report.score.composite, report.score.grade?.name]).toEqual([5.2, "fair"]);
    expect(report.trend.change).toBeNull();
  });

  it("UMBRELLA is poor and provisional: an unpaid invoice counts its days, an old survey is missing", async () => {
    const report = await buildHealthReport(t.db, await profile("UMBRELLA"), "2026-11-24", settings);
    const [stability, satisfaction, , engagement, risk] = report.score.dimensions;
    expect(stability!.evidence).toContain("1 payment, 1 unpaid, 40 days overdue");
    expect(satisfaction!.missing).toEqual(["satisfaction survey: none in the last 12 months"]);
    // the visit at 2026-05-01 01:00 Shanghai time is inside the window
    expect(engagement!.evidence).toBe("0.2 contacts/month");
    expect(risk!.evidence).toBe("2 complaints (2 open, oldest since 2026-06-03; 1 urgent)");
    expect(report.score).toMatchObject({ composite: 2.8, provisional: true, available: { count: 4, total: 5, weightPercent: 75 } });
    expect(report.score.grade?.name).toBe("poor");
  });

  it("NEWCO has too little data: no composite, only what to collect", async () => {
    const report = await buildHealthReport(t.db, await profile("NEWCO"), "2026-11-24", settings);
    expect(report.score.composite).toBeNull();
    expect(report.score.toCollect).toEqual([
      "order history: cooperation started 2026-10-10, only 0 of 6 full months",
      "payments: none due in the last 6 full months",
      "satisfaction survey: none in the last 12 months",
      "needs-fit judgement: no assessment has recorded one yet",
    ]);
  });

  it("evaluates as of a past date with the evidence of then", async () => {
    const report = await buildHealthReport(t.db, await profile("ACME"), "2026-08-31", settings);
    expect(report.score.window).toEqual({ start: "2026-02-01", end: "2026-08-01" });
    expect(report.score.dimensions[2]!.evidence).toBe("products fully meet the needs (judged 2026-08-31 by Mei Chen)");
    expect(report.trend.since).toBe("2026-05-31");
    // the 2026-10-31 payment and the September survey did not exist yet
    expect(report.score.dimensions[0]!.evidence).toContain("1 payment, on time");
    expect(report.score.dimensions[1]!.missing).toEqual(["satisfaction survey: none in the last 12 months"]);
  });
});

describe("complaints still open at the evaluation date", () => {
  it("count whatever month they came in, today's included, and both scoring paths agree", async () => {
    const acmes = await profile("ACMES");
    const complaint = (ref: string, cls: "urgent" | "general", openedAt: string, closedAt: string | null, tier = 1) => ({
      customerId: acmes.id,
      ref,
      class: cls,
      category: "quality",
      description: "line stopped",
      tier,
      openedAt: new Date(openedAt),
      tierSince: new Date(openedAt),
      resolvedAt: closedAt ? new Date(closedAt) : null,
      closedAt: closedAt ? new Date(closedAt) : null,
      status: closedAt ? ("closed" as const) : ("open" as const),
    });
    await withActor(t.db, "cli:test", (tx) =>
      tx.complaint.createMany({
        data: [
          // filed this morning (09:30 in Shanghai), after the window's last full month: today's risk
          complaint("X-NOW", "urgent", "2026-11-24T01:30:00Z", null, 3),
          // a year old and never closed
          complaint("X-OLD", "general", "2025-12-10T02:00:00Z", null),
          // opened before the window and closed before it too: history, not risk
          complaint("X-GONE", "general", "2025-12-01T02:00:00Z", "2026-01-10T02:00:00Z"),
        ],
      }),
    );
    try {
      const single = await buildHealthReport(t.db, acmes, "2026-11-24", settings);
      expect([single.score.dimensions[4]!.score, single.score.dimensions[4]!.evidence]).toEqual([
        1,
        "2 complaints (2 open, oldest since 2025-12-10; 1 urgent)",
      ]);
      const [all] = await scoreAllCustomers(t.db, "2026-11-24", settings, { ownerPersonId: li, tier: "normal" }).then((list) =>
        list.filter((s) => s.customer.key === "ACMES"),
      );
      expect(all!.score).toEqual(single.score);
      // the day before, today's complaint did not exist yet
      const yesterday = await buildHealthReport(t.db, acmes, "2026-11-23", settings);
      expect(yesterday.score.dimensions[4]!.evidence).toBe("1 general complaint (X-OLD), open since 2025-12-10");
    } finally {
      await withActor(t.db, "cli:test", (tx) => tx.complaint.deleteMany({ where: { ref: { in: ["X-NOW", "X-OLD", "X-GONE"] } } }));
    }
  });
});

describe("finding the customer a person means", () => {
  it("finds by key in any case, by name, by alias and by unique prefix", async () => {
    for (const query of ["acme", "ACME", "Acme Corp", "acme industrial", "UMB", "Globex"]) {
      const found = await findCustomer(t.db, query);
      expect(found.kind, query).toBe("found");
    }
    expect(((await findCustomer(t.db, "acme industrial")) as { customer: CustomerProfile }).customer.key).toBe("ACME");
    expect(((await findCustomer(t.db, "UMB")) as { customer: CustomerProfile }).customer).toMatchObject({
      key: "UMBRELLA",
      name: "Umbrella Trading",
      owner: { ids: { slack: "U0LI" }, name: "Li Wei" },
    });
  });

  it("offers the candidates when a prefix matches several", async () => {
    const found = await findCustomer(t.db, "acm");
    expect(found.kind).toBe("several");
    expect(found.kind === "several" && found.candidates.map((c) => c.key)).toEqual(["ACME", "ACMES"]);
  });

  it("suggests close spellings when nothing matches, and treats % and _ literally", async () => {
    const found = await findCustomer(t.db, "ACMEE");
    expect(found.kind).toBe("none");
    expect(found.kind === "none" && found.suggestions.map((c) => c.key)).toEqual(["ACME", "ACMES"]);
    expect(await findCustomer(t.db, "%")).toEqual({ kind: "none", suggestions: [] });
    expect(await findCustomer(t.db, "zzzzzzzz")).toEqual({ kind: "none", suggestions: [] });
  });
});

describe("scoring every customer at once", () => {
  it("gives each customer exactly what scoring it alone gives", async () => {
    const all = await scoreAllCustomers(t.db, "2026-11-24", settings);
    expect(all.map((s) => s.customer.key).sort()).toEqual(["ACME", "ACMES", "GLOBEX", "INITECH", "NEWCO", "UMBRELLA"]);
    for (const { customer, score } of all) {
      const single = await buildHealthReport(t.db, customer, "2026-11-24", settings);
      expect(score, customer.key).toEqual(single.score);
    }
  });

  it("filters by value segment, tier and owner", async () => {
    const keys = async (filter: Parameters<typeof scoreAllCustomers>[3]) =>
      (await scoreAllCustomers(t.db, "2026-11-24", settings, filter)).map((s) => s.customer.key).sort();
    expect(await keys({ valueSegment: "high" })).toEqual(["ACME", "GLOBEX", "INITECH"]);
    expect(await keys({ tier: "new" })).toEqual(["NEWCO"]);
    expect(await keys({ ownerPersonId: mei, valueSegment: "high" })).toEqual(["ACME", "GLOBEX"]);
    // a filtered run still scores from the same evidence
    const [acme] = await scoreAllCustomers(t.db, "2026-11-24", settings, { tier: "strategic" });
    expect(acme!.score.composite).toBe(9.6);
  });
});
