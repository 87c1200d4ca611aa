import { describe, expect, it } from "vitest";
import { complaintSettingsSchema } from "../../src/domain/complaints/complaint-settings.js";

describe("complaint settings", () => {
  it("gives the playbook defaults for every class and tier", () => {
    const settings = complaintSettingsSchema.parse({});
    expect(settings.categories).toEqual(["product", "technical", "delivery", "billing", "service"]);
    expect(settings.sources).toEqual(["phone", "mail", "crm", "chat", "visit"]);
    // Issue 14: each tier names its clock. Urgent runs 24×7; general and suggestion run on business hours,
    // where the playbook's "24 hours" and "48 hours" are written as one and two working days.
    expect(settings.sla.urgent.tier1).toEqual({ clock: "24x7", acknowledge: "2h", firstResponse: "2h", diagnosis: null, resolution: "24h" });
    expect(settings.sla.general.tier1).toEqual({ clock: "business-hours", acknowledge: "1d", firstResponse: "1d", diagnosis: null, resolution: "2d" });
    expect(settings.sla.suggestion.tier1).toEqual({ clock: "business-hours", acknowledge: "1d", firstResponse: "3wd", diagnosis: null, resolution: null });
    expect(settings.sla.general.tier2.diagnosis).toBe("2h");
    // Leadership involvement within 24 h: tier 3 keeps a resolution clock.
    expect(settings.sla.urgent.tier3).toEqual({ clock: "24x7", acknowledge: null, firstResponse: null, diagnosis: null, resolution: "24h" });
    expect(settings.sla.general.tier3.resolution).toBe("1d");
    expect(settings.warningAt).toBe(0.75);
    expect(settings.repeatPageEvery).toBe("30m");
    expect(settings.pagingClasses).toEqual(["urgent"]);
    expect(settings.pageCap).toBe(6);
    expect(settings.repeatWindowDays).toBe(90);
  });

  it("keeps the other defaults when a team overrides one deadline", () => {
    const settings = complaintSettingsSchema.parse({ sla: { general: { tier1: { resolution: "72h" } } } });
    // Issue 14: the defaults kept include the tier's clock (business hours for general) and its working days.
    expect(settings.sla.general.tier1).toEqual({ clock: "business-hours", acknowledge: "1d", firstResponse: "1d", diagnosis: null, resolution: "72h" });
    expect(settings.sla.urgent.tier1.firstResponse).toBe("2h");
  });

  it("names the field and the expected form of a bad duration", () => {
    const result = complaintSettingsSchema.safeParse({ sla: { urgent: { tier2: { acknowledge: "two hours" } } }, repeatPageEvery: "2wd" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
      "sla.urgent.tier2.acknowledge: a duration like `30m`, `2h`, `1d` or `3wd` (working days)",
      "repeatPageEvery: the repeat-page interval must be in minutes or hours, e.g. `30m`",
    ]);
  });
});

describe("who is tier 1 (complaints.frontline)", () => {
  it("is the lead department's frontline unless the team says otherwise", () => {
    expect(complaintSettingsSchema.parse({}).frontline).toBe("lead-department");
    expect(complaintSettingsSchema.parse({ frontline: "case-departments" }).frontline).toBe("case-departments");
    expect(complaintSettingsSchema.parse({ frontline: { group: " Customer Care " } }).frontline).toEqual({ group: "Customer Care" });
  });

  it("refuses anything else, saying what it may be", () => {
    const problems = (frontline: unknown) =>
      complaintSettingsSchema.safeParse({ frontline }).error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    for (const frontline of ["everyone", 3]) {
      expect(problems(frontline)).toEqual(["frontline: `lead-department`, `case-departments` or a department name as `{ group: Customer Care }`"]);
    }
    expect(problems({ group: " " })).toEqual(["frontline.group: the group is a department's name, e.g. `Customer Care`"]);
    expect(problems({ group: "Care", also: "Sales" })).toEqual(["frontline: only `group` may be given, e.g. `{ group: Customer Care }`"]);
  });
});
