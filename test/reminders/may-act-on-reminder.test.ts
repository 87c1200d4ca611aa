import { describe, expect, it } from "vitest";
import { mayActOnReminder } from "../../src/domain/reminders/may-act-on-reminder.js";
import type { RosterPerson } from "../../src/domain/roster/roster-person.js";

const TEAMS = "5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c";
const person = (ids: RosterPerson["ids"], roles: RosterPerson["roles"] = ["owner"]): RosterPerson => ({ id: 1, ids, name: "Lin", roles, departmentId: null, timeZone: null });

describe("who may press Done or Snooze on a reminder", () => {
  it("its recipient on either platform; nobody else for a DM; anyone on the roster for a channel's; admins always", () => {
    const lin = person({ slack: "U0LIN", teams: TEAMS });
    expect(mayActOnReminder(lin, "U0LIN")).toBe(true);
    expect(mayActOnReminder(lin, `teams:${TEAMS}`)).toBe(true);
    expect(mayActOnReminder(lin, "U0SAM")).toBe(false);
    expect(mayActOnReminder(lin, "teams:0a1b2c3d-0000-4000-8000-0000000000a1")).toBe(false);
    expect(mayActOnReminder(lin, "teams:sam@example.com")).toBe(false);
    expect(mayActOnReminder(lin, "C0SALES")).toBe(true);
    expect(mayActOnReminder(lin, "teams:19:sales@thread.tacv2")).toBe(true);
    expect(mayActOnReminder(person({ slack: "U0ADM" }, ["admin"]), `teams:${TEAMS}`)).toBe(true);
    expect(mayActOnReminder(null, "C0SALES")).toBe(false);
  });
});
