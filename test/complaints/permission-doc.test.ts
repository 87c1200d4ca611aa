import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { EscalationTier } from "../../src/domain/complaints/complaint-case.js";
import { CASE_ROLES, COMPLAINT_PERMISSIONS } from "../../src/domain/complaints/complaint-permissions.js";
import { type ComplaintAction, COMPLAINT_TRANSITIONS } from "../../src/domain/complaints/complaint-transitions.js";

const doc = readFileSync(new URL("../../docs/complaints.md", import.meta.url), "utf8");

/** The table rows under "## Who may press what", split into trimmed cells (header and divider left out). */
function docTable(): string[][] {
  const section = doc.split(/^## /m).find((part) => part.startsWith("Who may press what\n"));
  const rows = (section ?? "").split("\n").filter((line) => line.startsWith("|"));
  return rows.slice(2).map((line) => line.slice(1, -1).split("|").map((cell) => cell.trim()));
}

const BUTTONS: Record<ComplaintAction, string> = {
  acknowledge: "Acknowledge",
  escalate: "Escalate",
  update: "Add update",
  wait: "Waiting on customer",
  resume: "Customer replied",
  resolve: "Resolve",
  confirm: "Confirm closed",
  reopen: "Reopen",
};

const tiers = (list: readonly EscalationTier[]) =>
  list.length === 0 ? "—" : list.length === 3 ? "at any tier" : list.length === 1 ? `at tier ${list[0]}` : `at tiers ${list[0]}–${list.at(-1)}`;

describe("docs/complaints.md", () => {
  it("shows the code's permission matrix and the states of each button, cell by cell", () => {
    const fromCode = (Object.keys(COMPLAINT_PERMISSIONS) as ComplaintAction[]).map((action) => [
      BUTTONS[action],
      COMPLAINT_TRANSITIONS.filter((t) => t.action === action).map((t) => t.from).join(", "),
      ...CASE_ROLES.map((role) => tiers(COMPLAINT_PERMISSIONS[action][role])),
    ]);
    expect(docTable()).toEqual(fromCode);
  });

  it("names the matrix's roles in its header, in the code's order", () => {
    const section = doc.split(/^## /m).find((part) => part.startsWith("Who may press what\n")) ?? "";
    const header = section.split("\n").find((line) => line.startsWith("|"));
    expect(header).toBe(
      "| button | case states | owner | person who resolved it | tier 1 (owner, frontline) | tier 2 (lead head, technical support) | tier 3 (executives) | people of the lead and cooperating departments | admin |",
    );
    expect(CASE_ROLES).toEqual(["owner", "resolver", "tier1", "tier2", "tier3", "caseDepartment", "admin"]);
  });
});
