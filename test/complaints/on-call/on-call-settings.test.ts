import { describe, expect, it } from "vitest";
import { complaintSettingsSchema } from "../../../src/domain/complaints/complaint-settings.js";
import { groupAfterMs } from "../../../src/domain/complaints/on-call/on-call-settings.js";
import { resolveOnCall } from "../../../src/domain/complaints/on-call/resolve-on-call.js";

const rotation = { name: "Technical support", tier: 2, timeZone: "Europe/Berlin", length: "weekly", handoff: { weekday: "monday", time: "09:00" }, startsOn: "2026-11-30", members: ["Lukas", "U0TOM"] };
const issues = (onCall: unknown) => {
  const parsed = complaintSettingsSchema.safeParse({ onCall });
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("on-call settings", () => {
  it("default to no rotations and the policy 15 min (urgent), 1 h (general), 4 h (suggestion)", () => {
    const { onCall } = complaintSettingsSchema.parse({});
    expect(onCall).toEqual({ rotations: [], overrides: [], policy: { urgent: { groupAfter: "15m" }, general: { groupAfter: "1h" }, suggestion: { groupAfter: "4h" } } });
    expect([groupAfterMs(onCall, "urgent"), groupAfterMs(onCall, "general"), groupAfterMs(onCall, "suggestion")]).toEqual([900_000, 3_600_000, 14_400_000]);
    expect(groupAfterMs(complaintSettingsSchema.parse({ onCall: { policy: { urgent: { groupAfter: null } } } }).onCall, "urgent")).toBeNull();
  });

  it("name the field and the right form of a bad rotation", () => {
    expect(issues({ rotations: [{ ...rotation, startsOn: "2026-12-01" }] })).toEqual(["onCall.rotations.0.startsOn: 2026-12-01 is a tuesday; a rotation handing off on monday starts on a monday"]);
    expect(issues({ rotations: [{ ...rotation, length: "daily" }] })).toEqual(["onCall.rotations.0.handoff.weekday: only a weekly rotation has a handoff weekday"]);
    expect(issues({ rotations: [{ ...rotation, handoff: { time: "9:00" } }] })).toEqual([
      "onCall.rotations.0.handoff.time: a time of day HH:mm on a 24-hour clock, e.g. 09:00",
      "onCall.rotations.0.handoff.weekday: a weekly rotation names its handoff weekday, e.g. monday",
    ]);
    expect(issues({ rotations: [rotation, { ...rotation, name: "Again" }] })).toEqual(["onCall.rotations.1: rotations 1 and 2 both cover tier 2 of every department; keep one"]);
    expect(issues({ overrides: [{ person: "Priya", for: "Lukas", from: "2026-12-27", to: "2026-12-20" }] })).toEqual(["onCall.overrides.0.to: `to` is on or after `from`, e.g. from 2026-12-20 to 2026-12-27"]);
    expect(issues({ policy: { urgent: { groupAfter: "1wd" } } })).toEqual(["onCall.policy.urgent.groupAfter: minutes or hours, e.g. `15m` or `1h`"]);
  });

  it("are matched to the roster by name or Slack id; what matches nobody is left out and said", () => {
    const onCall = complaintSettingsSchema.parse({ onCall: { rotations: [rotation, { ...rotation, name: "Sales", department: "Sales", members: ["Max"] }], overrides: [{ person: "Priya", for: "Lukas", from: "2026-12-20", to: "2026-12-27" }] } }).onCall;
    const people = [
      { id: 1, name: "Lukas", ids: { slack: "U0LUKAS" } },
      { id: 2, name: "Tom", ids: { slack: "U0TOM" } },
    ];
    const resolved = resolveOnCall(onCall, { rotations: [], overrides: [] }, { people, departments: [{ id: 7, name: "Support" }] }, "Europe/Berlin");
    expect(resolved.rotations.map((r) => [r.name, r.memberIds])).toEqual([["Technical support", [1, 2]]]);
    expect(resolved.overrides).toEqual([]);
    expect(resolved.problems).toEqual(["rotation “Sales”: no department is called “Sales”", "override Priya for Lukas: nobody on the roster is called “Priya”"]);
  });

  it("match a member by their Teams user id as by their Slack id, and ask for an id when a name is ambiguous", () => {
    const onCall = complaintSettingsSchema.parse({ onCall: { rotations: [{ ...rotation, members: ["0a1b2c3d-0000-4000-8000-000000000001", "Tom"] }] } }).onCall;
    const people = [
      { id: 1, name: "Lukas", ids: { teams: "0a1b2c3d-0000-4000-8000-000000000001" } },
      { id: 2, name: "Tom", ids: { slack: "U0TOM" } },
      { id: 3, name: "Tom", ids: { teams: "0a1b2c3d-0000-4000-8000-000000000003" } },
    ];
    const resolved = resolveOnCall(onCall, { rotations: [], overrides: [] }, { people, departments: [] }, "Europe/Berlin");
    expect(resolved.rotations.map((r) => r.memberIds)).toEqual([[1]]);
    expect(resolved.problems).toEqual(["rotation “Technical support”: 2 people are called “Tom”; name them by their Slack or Teams user id"]);
  });
});
