import { describe, expect, it } from "vitest";
import type { ComplaintFact } from "../../../src/domain/health/health-inputs.js";
import { scoreEngagement } from "../../../src/domain/health/score-engagement.js";
import { scoreNeedsFit } from "../../../src/domain/health/score-needs-fit.js";
import { scoreRisk } from "../../../src/domain/health/score-risk.js";
import { scoreSatisfaction } from "../../../src/domain/health/score-satisfaction.js";
import { healthInputs, playbook } from "../health-inputs-fixture.js";

describe("satisfaction", () => {
  const at = (score: number) => scoreSatisfaction({ surveyedOn: "2026-09-14", score }, playbook).computed;

  it("scores each band at its boundary", () => {
    expect([at(100), at(90), at(89.9), at(80), at(79.99), at(70), at(69.9), at(0)]).toEqual([10, 10, 7, 7, 4, 4, 1, 1]);
  });

  it("cites the survey", () => {
    expect(scoreSatisfaction({ surveyedOn: "2026-09-14", score: 92 }, playbook).evidence).toBe("survey 92 on 2026-09-14");
    expect(scoreSatisfaction({ surveyedOn: "2026-09-14", score: 89.9 }, playbook).evidence).toBe("survey 89.9 on 2026-09-14");
  });

  it("is data incomplete without a survey in the look-back period", () => {
    expect(scoreSatisfaction(null, playbook)).toEqual({
      computed: null,
      evidence: "",
      missing: ["satisfaction survey: none in the last 12 months"],
    });
  });
});

describe("needs fit", () => {
  it("takes the assessor's judgement with the playbook's label", () => {
    const result = scoreNeedsFit({ assessedOn: "2026-08-31", assessor: "Mei Chen", needsFit: 7, overrides: [] }, playbook);
    expect(result).toEqual({
      computed: 7,
      evidence: "mostly meet the needs, room to improve (judged 2026-08-31 by Mei Chen)",
      missing: [],
    });
    expect(scoreNeedsFit({ assessedOn: "2026-08-31", assessor: null, needsFit: 1, overrides: [] }, playbook).evidence).toBe(
      "needs seriously unmet (judged 2026-08-31)",
    );
  });

  it("shows a judgement between the reference points as a number", () => {
    expect(scoreNeedsFit({ assessedOn: "2026-08-31", assessor: null, needsFit: 8, overrides: [] }, playbook).evidence).toBe(
      "assessor's judgement 8/10 (judged 2026-08-31)",
    );
  });

  it("is data incomplete without an assessment", () => {
    expect(scoreNeedsFit(null, playbook).missing).toEqual(["needs-fit judgement: no assessment has recorded one yet"]);
    expect(scoreNeedsFit({ assessedOn: "2026-08-31", assessor: null, needsFit: null, overrides: [] }, playbook).computed).toBeNull();
  });
});

describe("engagement", () => {
  const engagement = (count: number, latestProactiveNeedOn: string | null = null, customerStartedOn = "2020-01-01") =>
    scoreEngagement(healthInputs({ interactions: { count, latestProactiveNeedOn }, customerStartedOn }), playbook);

  it("scores 10 from 3 contacts a month, 7 from 1, 4 below", () => {
    expect(engagement(18).computed).toBe(10); // 3.0 / month
    expect(engagement(17).computed).toBe(7); // 2.83
    expect(engagement(6).computed).toBe(7); // 1.0
    expect(engagement(5).computed).toBe(4); // 0.83
    expect(engagement(0).computed).toBe(4);
  });

  it("adds 2 for a proactively raised need, capped at 10", () => {
    expect(engagement(12, "2026-10-02")).toEqual({
      computed: 9,
      evidence: "2.0 contacts/month, new need raised 2026-10-02",
      missing: [],
    });
    expect(engagement(18, "2026-10-02").computed).toBe(10);
    expect(engagement(0, "2026-10-02").computed).toBe(6);
  });

  it("averages over the months a customer that started inside the window existed", () => {
    // started in August: Aug, Sep, Oct observed
    expect(engagement(9, null, "2026-08-20")).toEqual({ computed: 10, evidence: "3.0 contacts/month over 3 months", missing: [] });
  });

  it("is data incomplete when the customer started after the window", () => {
    expect(engagement(2, null, "2026-11-02").missing).toEqual([
      "interactions: cooperation started 2026-11-02, no month of it in the window yet",
    ]);
  });
});

describe("risk", () => {
  const complaint = (changes: Partial<ComplaintFact> = {}): ComplaintFact => ({
    ref: "C-7",
    class: "general",
    openedOn: "2026-07-03",
    resolvedOn: "2026-07-05",
    confirmedOn: "2026-07-06",
    ...changes,
  });
  const open = { resolvedOn: null, confirmedOn: null };
  const awaiting = { confirmedOn: null };

  it("scores 10 without complaints", () => {
    expect(scoreRisk([], playbook)).toEqual({ computed: 10, evidence: "no complaints", missing: [] });
  });

  it("scores 7 for exactly one non-urgent complaint the customer confirmed closed", () => {
    expect(scoreRisk([complaint()], playbook)).toEqual({
      computed: 7,
      evidence: "1 general complaint (C-7, opened 2026-07-03), resolved 2026-07-05",
      missing: [],
    });
  });

  it("scores 4 for one open complaint, saying since when", () => {
    expect(scoreRisk([complaint(open)], playbook)).toEqual({
      computed: 4,
      evidence: "1 general complaint (C-7), open since 2026-07-03",
      missing: [],
    });
    expect(scoreRisk([complaint({ ...open, ref: null, class: "urgent", openedOn: "2026-11-28" })], playbook).evidence).toBe(
      "1 urgent complaint, open since 2026-11-28",
    );
  });

  it("scores a resolved complaint awaiting the customer's confirmation as unresolved, and says it is resolved", () => {
    const result = scoreRisk([complaint(awaiting)], playbook);
    expect(result).toEqual({
      computed: 4,
      evidence: "1 general complaint (C-7, opened 2026-07-03), resolved 2026-07-05, awaiting the customer's confirmation",
      missing: [],
    });
    expect(result.evidence).not.toContain("unresolved");
  });

  it("scores 4 for one urgent complaint, even confirmed closed", () => {
    expect(scoreRisk([complaint({ class: "urgent" })], playbook)).toMatchObject({
      computed: 4,
      evidence: "1 urgent complaint (C-7, opened 2026-07-03), resolved 2026-07-05",
    });
  });

  it("scores 1 for two or more, naming each state", () => {
    expect(scoreRisk([complaint(), complaint({ ...open, ref: null, class: "urgent", openedOn: "2026-09-01" })], playbook)).toEqual({
      computed: 1,
      evidence: "2 complaints (1 open since 2026-09-01; 1 closed; 1 urgent)",
      missing: [],
    });
    expect(
      scoreRisk([complaint(open), complaint({ ...open, openedOn: "2026-08-01" }), complaint(awaiting)], playbook).evidence,
    ).toBe("3 complaints (2 open, oldest since 2026-07-03; 1 resolved, awaiting the customer's confirmation)");
  });

  it("does not count suggestions, but mentions them", () => {
    expect(scoreRisk([complaint({ ...open, class: "suggestion" })], playbook)).toEqual({
      computed: 10,
      evidence: "no complaints (1 suggestion not counted)",
      missing: [],
    });
  });
});
