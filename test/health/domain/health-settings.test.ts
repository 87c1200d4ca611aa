import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTeamSettings } from "../../../src/config/load-config.js";
import { healthSettingsSchema } from "../../../src/domain/health/health-settings.js";

describe("health settings", () => {
  it("defaults to the playbook", () => {
    const settings = healthSettingsSchema.parse({});
    expect(settings.weights).toEqual({ stability: 30, satisfaction: 25, needsFit: 20, engagement: 15, risk: 10 });
    expect(settings.windowMonths).toBe(6);
    expect(settings.surveyLookbackMonths).toBe(12);
    expect(settings.currencySymbol).toBe("¥");
    expect(settings.extraDimensions).toEqual([]);
    expect(settings.satisfaction.bands).toEqual([
      { min: 90, score: 10 },
      { min: 80, score: 7 },
      { min: 70, score: 4 },
    ]);
    expect(settings.grades.map((g) => [g.name, g.min])).toEqual([
      ["excellent", 9],
      ["good", 7],
      ["fair", 5],
      ["poor", 0],
    ]);
    expect(settings.grades[3]!.strategy).toMatch(/30-day improvement plan/);
    expect(settings.grades[0]!.strategy).toMatch(/executive visits/);
  });

  it("keeps the defaults of the fields a team does not set", () => {
    const settings = healthSettingsSchema.parse({ weights: { stability: 35, risk: 5 }, stability: { paymentLateToleranceDays: 10 } });
    expect(settings.weights).toEqual({ stability: 35, satisfaction: 25, needsFit: 20, engagement: 15, risk: 5 });
    expect(settings.stability.paymentLateToleranceDays).toBe(10);
    expect(settings.stability.paymentLateWithinTolerance).toBe(7);
  });

  it("refuses weights that add up to 95, naming each weight and the total", () => {
    const result = healthSettingsSchema.safeParse({ weights: { risk: 5 } });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect(issue.path).toEqual(["weights"]);
    expect(issue.message).toBe(
      "the dimension weights must add up to 100, but stability 30 + satisfaction 25 + needsFit 20 + engagement 15 + risk 5 = 95",
    );
  });

  it("counts an extra dimension's weight in the sum", () => {
    const unbalanced = healthSettingsSchema.safeParse({
      extraDimensions: [{ key: "innovation", label: "innovation collaboration", weight: 10 }],
    });
    expect(unbalanced.success).toBe(false);
    expect(unbalanced.error!.issues[0]!.message).toContain("innovation 10 = 110");
    const balanced = healthSettingsSchema.parse({
      weights: { stability: 20 },
      extraDimensions: [{ key: "innovation", label: "innovation collaboration", weight: 10 }],
    });
    expect(balanced.extraDimensions[0]!.key).toBe("innovation");
  });

  it("refuses an extra dimension that reuses a core key or is listed twice", () => {
    const reused = healthSettingsSchema.safeParse({
      weights: { stability: 20 },
      extraDimensions: [{ key: "risk", label: "again", weight: 10 }],
    });
    expect(reused.error!.issues.map((i) => i.message).join()).toMatch(/may not reuse a core dimension's key/);
    const twice = healthSettingsSchema.safeParse({
      weights: { stability: 20 },
      extraDimensions: [
        { key: "innovation", label: "a", weight: 5 },
        { key: "innovation", label: "b", weight: 5 },
      ],
    });
    expect(twice.error!.issues.map((i) => i.message)).toContain("extra dimension `innovation` is listed twice");
  });

  it("refuses bands listed in the wrong order", () => {
    const result = healthSettingsSchema.safeParse({ satisfaction: { bands: [{ min: 80, score: 7 }, { min: 90, score: 10 }] } });
    expect(result.error!.issues[0]!.message).toMatch(/highest minimum to the lowest/);
    const grades = healthSettingsSchema.safeParse({
      grades: [{ name: "ok", min: 5, meaning: "", strategy: "" }],
    });
    expect(grades.error!.issues[0]!.message).toBe("the last grade must start at 0");
  });
});

describe("a team's YAML with weights adding up to 95", () => {
  it("fails at start with one line naming the weights", () => {
    const file = join(mkdtempSync(join(tmpdir(), "steward-health-")), "steward.yml");
    writeFileSync(file, "health:\n  weights:\n    risk: 5\n");
    expect(() => loadTeamSettings(file)).toThrow(
      `${file}: health.weights: the dimension weights must add up to 100, but stability 30 + satisfaction 25 + needsFit 20 + engagement 15 + risk 5 = 95`,
    );
  });
});
