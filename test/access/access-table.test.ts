import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { customerSubject } from "../../src/domain/access/access-subject.js";
import { ACCESS_TABLE, REACHES } from "../../src/domain/access/access-table.js";
import { DATA_KINDS } from "../../src/domain/access/data-kind.js";
import { mayAccess, reachOf } from "../../src/domain/access/may-access.js";
import { ROLES, type Role, type RosterPerson } from "../../src/domain/roster/roster-person.js";

/** The rows of the role × data table in docs/access.md, exactly as written there. */
function documentedTable(): { header: string[]; rows: Map<string, string[]> } {
  const doc = readFileSync(new URL("../../docs/access.md", import.meta.url), "utf8");
  const section = doc.slice(doc.indexOf("## The table"));
  const lines = section.split("\n").filter((line) => line.startsWith("|"));
  const cells = (line: string) => line.split("|").slice(1, -1).map((cell) => cell.trim());
  const [header, , ...body] = lines.map(cells);
  return { header: header!, rows: new Map(body.map((row) => [row[0]!, row.slice(1)])) };
}

const person = (roles: Role[], overrides: Partial<RosterPerson> = {}): RosterPerson => ({
  id: 10, ids: { slack: "U10" }, name: "Viewer", roles, departmentId: 1, timeZone: null, ...overrides,
});
const viewer = (p: RosterPerson, heads: number[] = []) => ({ person: p, headOfDepartmentIds: heads });

describe("docs/access.md is the code's table", () => {
  it("has one column per kind of data and one row per role (and roleless members), in the code's words", () => {
    const { header, rows } = documentedTable();
    expect(header).toEqual(["role", ...DATA_KINDS]);
    expect([...rows.keys()].sort()).toEqual([...ROLES, "member"].sort());
  });

  it("matches ACCESS_TABLE cell by cell", () => {
    const { rows } = documentedTable();
    const cells = [...rows].flatMap(([role, reaches]) => DATA_KINDS.map((kind, i) => ({ role, kind, documented: reaches[i] })));
    expect(cells).toHaveLength((ROLES.length + 1) * DATA_KINDS.length);
    for (const { role, kind, documented } of cells) {
      expect(REACHES as readonly string[]).toContain(documented);
      expect({ role, kind, reach: ACCESS_TABLE[role as keyof typeof ACCESS_TABLE][kind] }).toEqual({ role, kind, reach: documented });
    }
  });

  it("keeps the playbook's example: executives see all business data, technical support no commercial terms", () => {
    for (const kind of DATA_KINDS) expect(reachOf(person(["executive"]), kind)).toBe("all");
    expect(reachOf(person(["tech_support"]), "commercial")).toBe("none");
    expect(reachOf(person(["tech_support"]), "facts")).toBe("all");
    expect(reachOf(person(["tech_support"]), "complaints")).toBe("all");
  });
});

describe("mayAccess", () => {
  const elsewhere = customerSubject({ id: 99, departmentId: 2 });
  const inMine = customerSubject({ id: 99, departmentId: 1 });
  const owned = customerSubject({ id: 10, departmentId: 2 });

  it("department reach: own customers, the department's, a headed department's — not others", () => {
    const frontline = person(["frontline"]);
    expect(mayAccess(viewer(frontline), "facts", inMine)).toBe(true);
    expect(mayAccess(viewer(frontline), "facts", owned)).toBe(true);
    expect(mayAccess(viewer(frontline), "facts", elsewhere)).toBe(false);
    expect(mayAccess(viewer(frontline, [2]), "facts", elsewhere)).toBe(true);
    expect(mayAccess(viewer(person(["owner"], { departmentId: null })), "score", inMine)).toBe(false);
  });

  it("complaints: the case's departments and the people who filed or held it", () => {
    const frontline = person(["frontline"]);
    const caseElsewhere = { ...elsewhere, caseDepartmentIds: [3], involvedActors: ["U77"] };
    expect(mayAccess(viewer(frontline), "complaints", caseElsewhere)).toBe(false);
    expect(mayAccess(viewer(frontline), "complaints", { ...caseElsewhere, caseDepartmentIds: [3, 1] })).toBe(true);
    expect(mayAccess(viewer(frontline, [3]), "complaints", caseElsewhere)).toBe(true);
    expect(mayAccess(viewer(frontline), "complaints", { ...caseElsewhere, involvedActors: ["U10"] })).toBe(true);
    expect(mayAccess(viewer(person([])), "complaints", { ...caseElsewhere, involvedActors: ["U10"] })).toBe(true);
    expect(mayAccess(viewer(person([])), "complaints", { ...caseElsewhere, caseDepartmentIds: [1] })).toBe(false);
  });

  it("complaints: someone only on Teams, or on no platform, is involved by the actor their changes are recorded under", () => {
    const teamsOnly = person([], { ids: { teams: "aad-10" } });
    const caseElsewhere = { ...elsewhere, caseDepartmentIds: [3], involvedActors: ["teams:aad-10"] };
    expect(mayAccess(viewer(teamsOnly), "complaints", caseElsewhere)).toBe(true);
    // Bare ids are how Slack actors are recorded; a Teams actor always carries its `teams:` prefix.
    expect(mayAccess(viewer(teamsOnly), "complaints", { ...caseElsewhere, involvedActors: ["aad-10"] })).toBe(false);
    expect(mayAccess(viewer(person([], { ids: {} })), "complaints", { ...caseElsewhere, involvedActors: ["person:10"] })).toBe(true);
  });

  it("own reach and none; several roles reach as far as the widest", () => {
    expect(mayAccess(viewer(person([])), "score", owned)).toBe(true);
    expect(mayAccess(viewer(person([])), "score", inMine)).toBe(false);
    expect(mayAccess(viewer(person(["tech_support"])), "score", owned)).toBe(false);
    expect(mayAccess(viewer(person(["tech_support", "frontline"])), "commercial", inMine)).toBe(true);
    expect(mayAccess(viewer(person(["tech_support", "frontline"])), "commercial", elsewhere)).toBe(false);
    expect(mayAccess(viewer(person(["admin"], { departmentId: null })), "commercial", elsewhere)).toBe(true);
  });
});
