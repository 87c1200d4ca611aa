import { describe, expect, it } from "vitest";
import { describeTrend } from "../../../src/domain/health/describe-trend.js";
import { evaluationDate } from "../../../src/domain/health/evaluation-date.js";
import { evaluationWindow } from "../../../src/domain/health/evaluation-window.js";
import { formatCompactMoney } from "../../../src/domain/health/format-compact-money.js";
import { parseEvaluationDate } from "../../../src/domain/health/parse-evaluation-date.js";
import { parseOverrideScore } from "../../../src/domain/health/parse-override-score.js";
import { renderSparkline } from "../../../src/domain/health/render-sparkline.js";

describe("the evaluation window", () => {
  it("is the last six full months before the evaluation date", () => {
    const window = evaluationWindow({ asOf: "2026-11-24", windowMonths: 6, surveyLookbackMonths: 12, timeZone: "UTC" });
    expect(window.start).toBe("2026-05-01");
    expect(window.end).toBe("2026-11-01");
    expect(window.months).toEqual(["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"]);
    expect(window.surveySince).toBe("2025-11-24");
  });

  it("does not count the evaluation date's own month even on its first day, and crosses a year", () => {
    const window = evaluationWindow({ asOf: "2026-03-01", windowMonths: 6, surveyLookbackMonths: 12, timeZone: "UTC" });
    expect(window.months).toEqual(["2025-09", "2025-10", "2025-11", "2025-12", "2026-01", "2026-02"]);
  });

  it("turns the bounds into instants in the team's zone, on either side of a DST change", () => {
    const window = evaluationWindow({ asOf: "2026-11-24", windowMonths: 6, surveyLookbackMonths: 12, timeZone: "Europe/Berlin" });
    // May 1st is summer time (+02:00), November 1st is winter time (+01:00)
    expect(window.startAt.toISOString()).toBe("2026-04-30T22:00:00.000Z");
    expect(window.endAt.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    expect(window.asOfEndAt.toISOString()).toBe("2026-11-24T23:00:00.000Z");
    const shanghai = evaluationWindow({ asOf: "2026-11-24", windowMonths: 6, surveyLookbackMonths: 12, timeZone: "Asia/Shanghai" });
    expect(shanghai.startAt.toISOString()).toBe("2026-04-30T16:00:00.000Z");
  });

  it("takes today's date in the team's zone", () => {
    expect(evaluationDate(new Date("2026-11-24T23:30:00Z"), "UTC")).toBe("2026-11-24");
    expect(evaluationDate(new Date("2026-11-24T23:30:00Z"), "Asia/Shanghai")).toBe("2026-11-25");
    expect(evaluationDate(new Date("2026-03-29T00:30:00Z"), "Europe/Berlin")).toBe("2026-03-29");
  });
});

describe("reading `at YYYY-MM-DD`", () => {
  const now = new Date("2026-11-24T09:00:00Z");

  it("accepts a past date and today", () => {
    expect(parseEvaluationDate("2026-06-30", now, "UTC")).toEqual({ ok: true, date: "2026-06-30" });
    expect(parseEvaluationDate("2026-11-24", now, "UTC")).toEqual({ ok: true, date: "2026-11-24" });
  });

  it("refuses the future, with today's date", () => {
    expect(parseEvaluationDate("2026-11-25", now, "UTC")).toEqual({
      ok: false,
      message: "`2026-11-25` is in the future: a score can only be evaluated up to today (2026-11-24)",
    });
  });

  it("refuses malformed and impossible dates with an example", () => {
    expect(parseEvaluationDate("24/11/2026", now, "UTC")).toEqual({
      ok: false,
      message: "`24/11/2026` is not a date: write it as YYYY-MM-DD, e.g. `2026-11-24`",
    });
    expect(parseEvaluationDate("2026-02-30", now, "UTC")).toEqual({
      ok: false,
      message: "`2026-02-30` is not a calendar date (check the month and the day), e.g. `2026-11-24`",
    });
    const long = parseEvaluationDate("x".repeat(10_000), now, "UTC");
    expect(long.ok).toBe(false);
    expect(!long.ok && long.message.length).toBeLessThan(120);
  });
});

describe("an override's score", () => {
  it("accepts 0 to 10 with one decimal", () => {
    expect(["0", "10", "9.5", " 7 "].map(parseOverrideScore)).toEqual([
      { ok: true, score: 0 },
      { ok: true, score: 10 },
      { ok: true, score: 9.5 },
      { ok: true, score: 7 },
    ]);
  });

  it("refuses 11, text, two decimals and negatives with a reason", () => {
    expect(parseOverrideScore("11")).toEqual({ ok: false, message: "11 is above 10: a score goes from 0 to 10, e.g. 9.5" });
    expect(parseOverrideScore("abc")).toEqual({ ok: false, message: "`abc` is not a score: write a number from 0 to 10, e.g. 7.5" });
    expect(parseOverrideScore("7.25")).toEqual({ ok: false, message: "7.25 has more than one decimal: round it, e.g. 7.3" });
    expect(parseOverrideScore("-1").ok).toBe(false);
    expect(parseOverrideScore("").ok).toBe(false);
  });
});

describe("the trend", () => {
  it("draws scores on a fixed 0..10 scale with gaps", () => {
    expect(renderSparkline([0, 5, 10, null, 8.6])).toBe("▁▅█·▇");
  });

  it("gives the change since the last assessment", () => {
    const trend = describeTrend(
      [
        { assessedOn: "2026-02-28", composite: 6.1 },
        { assessedOn: "2026-05-31", composite: 7.4 },
        { assessedOn: "2026-08-31", composite: 8.2 },
      ],
      8.6,
    );
    expect(trend).toEqual({ sparkline: "▅▆▇▇", change: 0.4, since: "2026-08-31" });
  });

  it("has no change without a previous composite", () => {
    expect(describeTrend([], 8.6)).toEqual({ sparkline: "▇", change: null, since: null });
    expect(describeTrend([{ assessedOn: "2026-08-31", composite: null }], 8.6).change).toBeNull();
  });
});

describe("money in evidence", () => {
  it("is short", () => {
    expect(formatCompactMoney(1_200_000, "¥")).toBe("¥1.2M");
    expect(formatCompactMoney(850_000, "¥")).toBe("¥850K");
    expect(formatCompactMoney(12_345_678, "$")).toBe("$12M");
    expect(formatCompactMoney(999, "¥")).toBe("¥999");
    expect(formatCompactMoney(2_500_000_000, "¥")).toBe("¥2.5B");
  });
});
