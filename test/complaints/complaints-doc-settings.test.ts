import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { computeSlaDeadlines } from "../../src/domain/complaints/compute-sla-deadlines.js";
import { slaClockLines } from "../../src/domain/complaints/sla-clock-lines.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";
import { at, openCase } from "./complaint-domain-fixtures.js";

const doc = readFileSync(new URL("../../docs/complaints.md", import.meta.url), "utf8");

/** The YAML block under "### Example settings" in docs/complaints.md. */
function exampleSettings(): unknown {
  const section = doc.split(/^### /m).find((part) => part.startsWith("Example settings\n")) ?? "";
  const yaml = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!yaml) throw new Error("docs/complaints.md has no yaml block under ### Example settings");
  return parse(yaml);
}

describe("docs/complaints.md's example settings", () => {
  const settings = teamSettingsSchema.parse(exampleSettings());
  const calendar = teamWorkingDayCalendar(settings.calendar);

  it("loads as a team settings file, keeping the defaults it does not name", () => {
    expect(settings.complaints.sla.general.tier1).toEqual({ clock: "business-hours", acknowledge: "4h", firstResponse: "1d", diagnosis: null, resolution: "2d" });
    expect(settings.complaints.sla.general.tier2.clock).toBe("business-hours");
    expect(settings.complaints.sla.general.tier3).toMatchObject({ clock: "24x7", resolution: "24h" });
    expect(settings.complaints.sla.suggestion.tier1).toMatchObject({ clock: "business-hours", acknowledge: "1d", firstResponse: "3wd" });
  });

  it("gives what the page says: a general complaint filed Friday 17:00 is due on Monday, across Christmas too", () => {
    // Friday 2026-12-04 16:30 in Berlin (15:30Z), 08:00–17:00: 30 min on Friday, then Monday.
    const friday = at("2026-12-04T15:30:00.000Z");
    const general = openCase({ class: "general", category: "billing", openedAt: friday });
    expect(slaClockLines(computeSlaDeadlines(general, [], friday, settings.complaints, calendar), friday)).toEqual([
      "first response due in 9 h working time, Mon 16:30",
      "acknowledgement due in 4 h working time, Mon 11:30",
      "resolution due in 18 h working time, Tue 16:30",
    ]);
    // Wednesday 2026-12-23 16:00 (15:00Z): the 24th to the 26th are holidays, then the weekend → Monday the 28th.
    const christmas = openCase({ class: "general", category: "billing", openedAt: at("2026-12-23T15:00:00.000Z") });
    const due = computeSlaDeadlines(christmas, [], christmas.openedAt, settings.complaints, calendar).find((d) => d.step === "firstResponse")!;
    expect(due.dueAt.toISOString()).toBe("2026-12-28T15:00:00.000Z");
  });
});
