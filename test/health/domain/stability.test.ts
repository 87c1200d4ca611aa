import { describe, expect, it } from "vitest";
import { evaluationWindow } from "../../../src/domain/health/evaluation-window.js";
import { scoreOrderFluctuation } from "../../../src/domain/health/score-order-fluctuation.js";
import { scorePaymentPunctuality } from "../../../src/domain/health/score-payment-punctuality.js";
import { scoreStability } from "../../../src/domain/health/score-stability.js";
import { healthInputs, ordersByMonth, playbook, WINDOW } from "../health-inputs-fixture.js";

const fluctuation = (amounts: number[], customerStartedOn: string | null = "2020-01-01") =>
  scoreOrderFluctuation({ window: WINDOW, monthlyOrders: ordersByMonth(amounts), customerStartedOn }, playbook);

describe("order fluctuation", () => {
  it("scores 10 when the largest deviation is exactly 10 % of the monthly mean", () => {
    // mean 100, largest deviation 10
    const result = fluctuation([110, 90, 100, 100, 100, 100]);
    expect(result.computed).toBe(10);
    expect(result.evidence).toBe("monthly orders within ±10 % of ¥100");
  });

  it("scores 7 just above 10 % and shows the deviation rounded up, not down to the threshold", () => {
    // mean 100, May deviates by 10.03 %
    const result = fluctuation([110.03, 89.98, 100, 100, 100, 99.99]);
    expect(result.computed).toBe(7);
    expect(result.evidence).toMatch(/^monthly orders within ±10\.1 % of ¥100 \(furthest: 2026-05 at ¥110\)$/);
  });

  it("scores 7 at exactly 20 % and 4 just above", () => {
    expect(fluctuation([120, 80, 100, 100, 100, 100]).computed).toBe(7);
    expect(fluctuation([120.01, 79.99, 100, 100, 100, 100]).computed).toBe(4);
  });

  it("counts a month without orders as zero", () => {
    // mean 1.0M; the empty month deviates by 100 %
    const result = fluctuation([1_200_000, 1_200_000, 1_200_000, 1_200_000, 1_200_000, 0]);
    expect(result.computed).toBe(4);
    expect(result.evidence).toBe("monthly orders within ±100 % of ¥1M (furthest: 2026-10 at ¥0)");
  });

  it("says the playbook's steady customer is within ±8 % of ¥1.2M", () => {
    const result = fluctuation([1.2e6, 1.25e6, 1.1e6, 1.2e6, 1.3e6, 1.15e6]);
    expect(result.computed).toBe(10);
    expect(result.evidence).toBe("monthly orders within ±8.4 % of ¥1.2M");
  });

  it("is data incomplete without any order in the window", () => {
    const result = fluctuation([0, 0, 0, 0, 0, 0]);
    expect(result).toEqual({ computed: null, evidence: "", missing: ["orders: none in the last 6 full months"] });
  });

  it("is data incomplete for a customer that started inside the window", () => {
    expect(fluctuation([0, 0, 0, 5, 5, 5], "2026-08-01").missing).toEqual([
      "order history: cooperation started 2026-08-01, only 3 of 6 full months",
    ]);
    expect(fluctuation([0, 0, 0, 5, 5, 5], "2026-07-20").missing).toEqual([
      "order history: cooperation started 2026-07-20, only 3 of 6 full months",
    ]);
    // starting on the window's first day is a full window
    expect(fluctuation([5, 5, 5, 5, 5, 5], WINDOW.start).computed).toBe(10);
  });
});

describe("payment punctuality", () => {
  const pay = (due: number, paidLate: number, maxDaysPaidLate: number, unpaidOverdue = 0, maxDaysOverdue = 0) =>
    scorePaymentPunctuality({ due, paidLate, maxDaysPaidLate, unpaidOverdue, maxDaysOverdue }, 6, playbook);

  it("scores 10 when every payment was on time", () => {
    expect(pay(3, 0, 0)).toEqual({ computed: 10, evidence: "3 payments, all on time", missing: [] });
    expect(pay(1, 0, 0).evidence).toBe("1 payment, on time");
  });

  it("scores 7 at 7 days late and 4 at 8 days late", () => {
    expect(pay(4, 1, 7)).toEqual({ computed: 7, evidence: "4 payments, 1 late by up to 7 days", missing: [] });
    expect(pay(4, 1, 8).computed).toBe(4);
    expect(pay(4, 1, 1).evidence).toBe("4 payments, 1 late by up to 1 day");
  });

  it("counts an unpaid overdue invoice's days so far, as one finding", () => {
    expect(pay(2, 0, 0, 1, 23)).toEqual({ computed: 4, evidence: "2 payments, 1 unpaid, 23 days overdue", missing: [] });
    expect(pay(2, 0, 0, 1, 6)).toEqual({ computed: 7, evidence: "2 payments, 1 unpaid, 6 days overdue", missing: [] });
  });

  it("keeps invoices paid late and invoices still unpaid apart, scoring the worst", () => {
    expect(pay(5, 1, 3, 2, 9)).toEqual({
      computed: 4,
      evidence: "5 payments, 1 late by up to 3 days, 2 unpaid, up to 9 days overdue",
      missing: [],
    });
    expect(pay(5, 1, 12, 1, 2)).toMatchObject({ computed: 4, evidence: "5 payments, 1 late by up to 12 days, 1 unpaid, 2 days overdue" });
  });

  it("is data incomplete when nothing was due", () => {
    expect(pay(0, 0, 0).missing).toEqual(["payments: none due in the last 6 full months"]);
    expect(pay(0, 0, 0).computed).toBeNull();
  });
});

describe("stability", () => {
  it("is the mean of order fluctuation and payment punctuality", () => {
    const result = scoreStability(
      healthInputs({ payments: { due: 3, paidLate: 1, maxDaysPaidLate: 5, unpaidOverdue: 0, maxDaysOverdue: 0 } }),
      playbook,
    );
    expect(result.computed).toBe(8.5);
    expect(result.evidence).toBe("monthly orders within ±0 % of ¥1.2M; 3 payments, 1 late by up to 5 days");
    expect(result.missing).toEqual([]);
  });

  it("rests on the part that has data and says which part is missing", () => {
    const result = scoreStability(healthInputs({ payments: { due: 0, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 } }), playbook);
    expect(result.computed).toBe(10);
    expect(result.evidence).toBe("monthly orders within ±0 % of ¥1.2M (only part of the data: see missing)");
    expect(result.missing).toEqual(["payments: none due in the last 6 full months"]);
  });

  it("is data incomplete when both parts are", () => {
    const result = scoreStability(
      healthInputs({ monthlyOrders: [], payments: { due: 0, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 } }),
      playbook,
    );
    expect(result.computed).toBeNull();
    expect(result.missing).toHaveLength(2);
  });

  it("uses a configured window length", () => {
    const window = evaluationWindow({ asOf: "2026-11-24", windowMonths: 3, surveyLookbackMonths: 12, timeZone: "UTC" });
    const settings = { ...playbook, windowMonths: 3 };
    const result = scoreOrderFluctuation(
      { window, monthlyOrders: [{ month: "2026-08", amount: 100 }, { month: "2026-09", amount: 100 }], customerStartedOn: null },
      settings,
    );
    // Aug 100, Sep 100, Oct 0: mean 66.67, October deviates by 100 %
    expect(result.computed).toBe(4);
  });
});
