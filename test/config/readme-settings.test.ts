import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadTeamSettings } from "../../src/config/load-config.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const yamlExample = readme.match(/```yaml\n([\s\S]*?)```/)?.[1];

const settingsFile = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), "steward-settings-")), "steward.yml");
  writeFileSync(file, text);
  return file;
};

describe("team settings", () => {
  it("accepts the README's example file and applies it over the playbook defaults", () => {
    expect(yamlExample).toBeDefined();
    const settings = loadTeamSettings(settingsFile(yamlExample!));
    expect(settings.calendar.timeZone).toBe("Europe/Berlin");
    expect(settings.calendar.holidays).toContain("2026-12-25");
    expect(settings.health.weights.stability).toBe(30);
  });

  it("gives the playbook's defaults without a file", () => {
    const settings = loadTeamSettings(undefined);
    expect(settings.health.weights).toEqual({ stability: 30, satisfaction: 25, needsFit: 20, engagement: 15, risk: 10 });
    expect(settings.calendar.timeZone).toBe("Asia/Shanghai");
  });

  it("refuses weights that do not sum to 100, naming them", () => {
    expect(() => loadTeamSettings(settingsFile("health:\n  weights: { risk: 5 }\n"))).toThrow(/95/);
  });

  it("refuses an unknown time zone, naming the setting", () => {
    expect(() => loadTeamSettings(settingsFile("calendar:\n  timeZone: Mars/Olympus\n"))).toThrow(/calendar\.timeZone/);
  });
});
