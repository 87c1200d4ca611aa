import { describe, expect, it } from "vitest";
import { computeHealthScore } from "../../../src/domain/health/compute-health-score.js";
import type { DimensionOverride } from "../../../src/domain/health/health-inputs.js";
import { healthSettingsSchema } from "../../../src/domain/health/health-settings.js";
import { healthInputs, playbook } from "../health-inputs-fixture.js";

const override = (dimension: string, score: number, reason = "between the reference points"): DimensionOverride => ({
  dimension,
  score,
  reason,
  author: "Mei Chen",
  on: "2026-08-31",
});

describe("the composite", () => {
  it("gives the playbook's worked example 9/9/8/7.0/10 as 8.6, good (the source prints 8.4)", () => {
    const score = computeHealthScore(
      healthInputs({
        // 8 is between the reference points: the assessor recorded it as the judgement
        assessment: {
          assessedOn: "2026-08-31",
          assessor: "Mei Chen",
          needsFit: 8,
          overrides: [override("stability", 9, "orders steady at ¥1.2M ± ¥0.1M"), override("satisfaction", 9)],
        },
        interactions: { count: 12, latestProactiveNeedOn: null }, // 2 contacts/month → 7
        complaints: [],
      }),
      playbook,
    );
    expect(score.dimensions.map((d) => [d.key, d.score, d.weight])).toEqual([
      ["stability", 9, 30],
      ["satisfaction", 9, 25],
      ["needsFit", 8, 20],
      ["engagement", 7, 15],
      ["risk", 10, 10],
    ]);
    expect(score.composite).toBe(8.6);
    expect(score.grade?.name).toBe("good");
    expect(score.grade?.strategy).toBe("push industry solutions, faster service response, collect personalised needs");
    expect(score.provisional).toBe(false);
    expect(score.available).toEqual({ count: 5, total: 5, weightPercent: 100 });
    expect(score.keyProblems).toEqual([]);
  });

  it("keeps the computed value next to the override, its reason, author and date", () => {
    const score = computeHealthScore(
      healthInputs({
        assessment: { assessedOn: "2026-08-31", assessor: "Mei Chen", needsFit: 7, overrides: [override("stability", 9.5)] },
      }),
      playbook,
    );
    const stability = score.dimensions[0]!;
    expect(stability.computed).toBe(10);
    expect(stability.score).toBe(9.5);
    expect(stability.override).toEqual({
      dimension: "stability",
      score: 9.5,
      reason: "between the reference points",
      author: "Mei Chen",
      on: "2026-08-31",
    });
  });

  it("grades at each boundary: 9.0 excellent, 7.0 good, 5.0 fair, 4.9 poor", () => {
    const withAll = (value: number) =>
      computeHealthScore(
        healthInputs({
          assessment: {
            assessedOn: "2026-08-31",
            assessor: null,
            needsFit: null,
            overrides: ["stability", "satisfaction", "needsFit", "engagement", "risk"].map((d) => override(d, value)),
          },
        }),
        playbook,
      );
    expect([9, 8.9, 7, 6.9, 5, 4.9].map((v) => [withAll(v).composite, withAll(v).grade?.name])).toEqual([
      [9, "excellent"],
      [8.9, "good"],
      [7, "good"],
      [6.9, "fair"],
      [5, "fair"],
      [4.9, "poor"],
    ]);
    expect(withAll(2).grade?.strategy).toMatch(/special team \(owner \+ sales lead \+ after-sales lead\)/);
  });

  it("rounds half up to one decimal", () => {
    // 10×.30 + 10×.25 + 7×.20 + 7×.15 + 4×.10 = 8.35 → 8.4
    const score = computeHealthScore(
      healthInputs({
        interactions: { count: 6, latestProactiveNeedOn: null },
        complaints: [{ ref: null, class: "general", openedOn: "2026-06-01", resolvedOn: null, confirmedOn: null }],
      }),
      playbook,
    );
    expect(score.dimensions.map((d) => d.score)).toEqual([10, 10, 7, 7, 4]);
    expect(score.composite).toBe(8.4);
  });
});

describe("missing data", () => {
  it("re-normalises over the available dimensions and labels the composite provisional", () => {
    const score = computeHealthScore(healthInputs({ survey: null }), playbook);
    const satisfaction = score.dimensions[1]!;
    expect(satisfaction.score).toBeNull();
    expect(satisfaction.missing).toEqual(["satisfaction survey: none in the last 12 months"]);
    // (10×30 + 7×20 + 7×15 + 10×10) / 75 = 645 / 75 = 8.6
    expect(score.composite).toBe(8.6);
    expect(score.provisional).toBe(true);
    expect(score.available).toEqual({ count: 4, total: 5, weightPercent: 75 });
    expect(score.toCollect).toEqual(["satisfaction survey: none in the last 12 months"]);
  });

  it("still gives a composite at exactly 50 % of the weight", () => {
    // stability 30 + needs fit 20 missing → 50 % left
    const score = computeHealthScore(
      healthInputs({ monthlyOrders: [], payments: { due: 0, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 }, assessment: null }),
      playbook,
    );
    expect(score.available.weightPercent).toBe(50);
    // (10×25 + 7×15 + 10×10) / 50 = 9.1
    expect(score.composite).toBe(9.1);
    expect(score.provisional).toBe(true);
  });

  it("gives no composite and no grade under 50 %, only what to collect", () => {
    const score = computeHealthScore(
      healthInputs({
        customerStartedOn: "2026-11-02",
        monthlyOrders: [],
        payments: { due: 0, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 },
        survey: null,
        assessment: null,
      }),
      playbook,
    );
    expect(score.composite).toBeNull();
    expect(score.grade).toBeNull();
    expect(score.available).toEqual({ count: 1, total: 5, weightPercent: 10 });
    expect(score.toCollect).toEqual([
      "order history: cooperation started 2026-11-02, only 0 of 6 full months",
      "payments: none due in the last 6 full months",
      "satisfaction survey: none in the last 12 months",
      "needs-fit judgement: no assessment has recorded one yet",
      "interactions: cooperation started 2026-11-02, no month of it in the window yet",
    ]);
  });

  it("lets an override stand in for a missing dimension while still naming what was missing", () => {
    const score = computeHealthScore(
      healthInputs({
        survey: null,
        assessment: { assessedOn: "2026-08-31", assessor: null, needsFit: 7, overrides: [override("satisfaction", 8, "interview")] },
      }),
      playbook,
    );
    expect(score.dimensions[1]!.score).toBe(8);
    expect(score.dimensions[1]!.computed).toBeNull();
    expect(score.dimensions[1]!.missing).toEqual(["satisfaction survey: none in the last 12 months"]);
    expect(score.provisional).toBe(false);
  });
});

describe("extra dimensions", () => {
  const settings = healthSettingsSchema.parse({
    weights: { stability: 20 },
    extraDimensions: [{ key: "innovation", label: "innovation collaboration", weight: 10 }],
  });

  it("is weighted like the others once the assessor scores it", () => {
    const score = computeHealthScore(
      healthInputs({
        assessment: { assessedOn: "2026-08-31", assessor: null, needsFit: 7, overrides: [override("innovation", 4, "no joint pilot")] },
      }),
      settings,
    );
    const innovation = score.dimensions[5]!;
    expect(innovation).toMatchObject({ key: "innovation", label: "innovation collaboration", weight: 10, computed: null, score: 4, missing: [] });
    // (10×20 + 10×25 + 7×20 + 7×15 + 10×10 + 4×10) / 100 = 8.35 → 8.4
    expect(score.composite).toBe(8.4);
    expect(score.provisional).toBe(false);
    expect(score.keyProblems).toEqual(["innovation collaboration 4.0/10 — override: no joint pilot"]);
  });

  it("is missing until scored", () => {
    const score = computeHealthScore(healthInputs(), settings);
    expect(score.provisional).toBe(true);
    expect(score.available).toEqual({ count: 5, total: 6, weightPercent: 90 });
    expect(score.dimensions[5]!.missing).toEqual(["innovation collaboration: not scored by an assessor yet"]);
  });
});

describe("key problems", () => {
  it("lists the weakest dimensions below 7, weakest first, heavier first on ties, at most three", () => {
    const score = computeHealthScore(
      healthInputs({
        monthlyOrders: [],
        payments: { due: 2, paidLate: 1, maxDaysPaidLate: 12, unpaidOverdue: 0, maxDaysOverdue: 0 },
        survey: { surveyedOn: "2026-09-14", score: 65 },
        assessment: { assessedOn: "2026-08-31", assessor: null, needsFit: 4, overrides: [] },
        interactions: { count: 0, latestProactiveNeedOn: null },
        complaints: [
          { ref: "C-1", class: "general", openedOn: "2026-06-01", resolvedOn: null, confirmedOn: null },
          { ref: "C-2", class: "urgent", openedOn: "2026-07-01", resolvedOn: null, confirmedOn: null },
        ],
      }),
      playbook,
    );
    expect(score.dimensions.map((d) => d.score)).toEqual([4, 1, 4, 4, 1]);
    expect(score.keyProblems).toEqual([
      "satisfaction 1.0/10 — survey 65 on 2026-09-14",
      "risk 1.0/10 — 2 complaints (2 open, oldest since 2026-06-01; 1 urgent)",
      "stability 4.0/10 — 2 payments, 1 late by up to 12 days (only part of the data: see missing)",
    ]);
    // (4×30 + 1×25 + 4×20 + 4×15 + 1×10) / 100 = 2.95 → 3.0
    expect(score.composite).toBe(3);
    expect(score.grade?.name).toBe("poor");
  });
});
