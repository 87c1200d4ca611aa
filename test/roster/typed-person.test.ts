import { describe, expect, it } from "vitest";
import { matchTypedPerson } from "../../src/domain/complaints/on-call/match-typed-person.js";
import { parseOverrideCommand } from "../../src/domain/complaints/on-call/parse-override-command.js";
import { parseListFilters } from "../../src/domain/health/parse-list-filters.js";
import { readTablePageState } from "../../src/domain/health/read-table-page-state.js";
import { parseTypedPerson } from "../../src/domain/roster/absence/parse-typed-person.js";
import { parseDeputyArgs } from "../../src/domain/roster/deputy/parse-deputy-args.js";
import { identitiesOfActor } from "../../src/domain/roster/identities-of-actor.js";
import { identityToken } from "../../src/domain/roster/identity-token.js";
import { readIdentityToken } from "../../src/domain/roster/read-identity-token.js";
import { playbook } from "../health/health-inputs-fixture.js";

const TEAMS_ID = "0a1b2c3d-0000-4000-8000-000000000001";

describe("identity tokens: what an adapter hands the domain for a mention", () => {
  it("reads back what identityToken writes, for each platform, and nothing else", () => {
    for (const identity of [{ platform: "slack" as const, id: "U0MEI" }, { platform: "teams" as const, id: TEAMS_ID }]) {
      expect(readIdentityToken(identityToken(identity))).toEqual(identity);
    }
    expect(identityToken({ platform: "slack", id: "U0MEI" })).toBe("@slack:U0MEI");
    for (const word of ["@mei", "<@U0MEI|mei>", "<@U0MEI>", "@discord:123", "slack:U0MEI", "@slack:"]) expect(readIdentityToken(word), word).toBeNull();
  });

  it("a typed person is a handle or an identity; Slack's markup is not a person to the domain", () => {
    expect(parseTypedPerson("@lukas")).toEqual({ handle: "lukas" });
    expect(parseTypedPerson("@slack:U0LUKAS")).toEqual({ identity: { platform: "slack", id: "U0LUKAS" } });
    expect(parseTypedPerson(`@teams:${TEAMS_ID}`)).toEqual({ identity: { platform: "teams", id: TEAMS_ID } });
    expect(parseTypedPerson("<@U0LUKAS|lukas>")).toBeNull();
    expect(parseDeputyArgs("ACME @slack:U0PRIYA")).toEqual({ ok: true, request: { customerKey: "ACME", deputy: { identity: { platform: "slack", id: "U0PRIYA" } } } });
  });
});

describe("/customer list filters", () => {
  const parse = (text: string) => parseListFilters(text, playbook, "/customer list …");

  it("reads the owner as a handle or as an identity token", () => {
    expect(parse("owner @mei tier strategic")).toEqual({ ok: true, filters: { owner: { handle: "mei" }, tier: "strategic" } });
    expect(parse("owner @slack:U0MEI grade fair")).toEqual({ ok: true, filters: { owner: { identity: { platform: "slack", id: "U0MEI" } }, grade: "fair" } });
    expect(parse(`owner @teams:${TEAMS_ID}`)).toEqual({ ok: true, filters: { owner: { identity: { platform: "teams", id: TEAMS_ID } } } });
  });

  it("refuses an owner given twice, whichever way, and Slack's markup", () => {
    // The problem comes first, then the usage.
    const problem = (text: string) => {
      const parsed = parse(text);
      return parsed.ok ? null : (parsed.message as unknown[])[0];
    };
    expect(problem("owner @mei owner @slack:U0MEI")).toEqual([{ kind: "code", text: "owner" }, " is given twice."]);
    expect(problem("owner <@U0MEI|mei>")).toEqual([{ kind: "code", text: "<@U0MEI|mei>" }, " is not a person: mention them, e.g. ", { kind: "code", text: "owner @mei" }, "."]);
  });

  it("page buttons carry the owner's roster id; a button of the old shape (a Slack id) is not read", () => {
    expect(readTablePageState(JSON.stringify({ k: "list", f: { ownerPersonId: 7, tier: "normal" }, p: 1 }))).toEqual({ k: "list", f: { ownerPersonId: 7, tier: "normal" }, p: 1 });
    expect(readTablePageState(JSON.stringify({ k: "list", f: { ownerSlackUserId: "U0MEI" }, p: 1 }))).toBeNull();
    expect(readTablePageState(JSON.stringify({ k: "health", p: 2 }))).toEqual({ k: "health", p: 2 });
  });
});

describe("/complaint oncall override", () => {
  const people = [
    { id: 1, name: "Priya Shah", ids: { slack: "UPRIYA" } },
    { id: 2, name: "Lukas Meyer", ids: { teams: TEAMS_ID } },
    { id: 3, name: "Lukas Berg", ids: { slack: "ULBERG", teams: "0a1b2c3d-0000-4000-8000-000000000003" } },
  ];

  it("reads both people as handles or identity tokens", () => {
    expect(parseOverrideCommand(`@slack:UPRIYA 2026-12-20..2026-12-27 for @teams:${TEAMS_ID}`)).toEqual({
      ok: true,
      person: { identity: { platform: "slack", id: "UPRIYA" } },
      forPerson: { identity: { platform: "teams", id: TEAMS_ID } },
      from: "2026-12-20",
      to: "2026-12-27",
    });
    expect(parseOverrideCommand("@priya 2026-12-20..2026-12-27 for @lukas")).toMatchObject({ ok: true, person: { handle: "priya" }, forPerson: { handle: "lukas" } });
    expect(parseOverrideCommand("<@UPRIYA|priya> 2026-12-20..2026-12-27 for @lukas")).toMatchObject({ ok: false, field: "person" });
  });

  it("matches an identity against the person's id on that platform only", () => {
    expect(matchTypedPerson(people, { identity: { platform: "teams", id: TEAMS_ID } }).map((p) => p.id)).toEqual([2]);
    expect(matchTypedPerson(people, { identity: { platform: "slack", id: "ULBERG" } }).map((p) => p.id)).toEqual([3]);
    expect(matchTypedPerson(people, { identity: { platform: "slack", id: TEAMS_ID } })).toEqual([]);
    expect(matchTypedPerson(people, { handle: "lukas" }).map((p) => p.id)).toEqual([2, 3]);
    expect(matchTypedPerson(people, { handle: "UPRIYA" }).map((p) => p.id)).toEqual([1]);
  });
});

describe("identitiesOfActor: who a recorded actor is, to mention them", () => {
  it("reads what actorOf writes, and nothing for actors that are no chat person", () => {
    expect(identitiesOfActor("U0ADA")).toEqual({ slack: "U0ADA" });
    expect(identitiesOfActor("slack:U0ADA")).toEqual({ slack: "U0ADA" });
    expect(identitiesOfActor(`teams:${TEAMS_ID}`)).toEqual({ teams: TEAMS_ID });
    for (const actor of ["steward", "cli:ops", "person:7", "import:people.csv", ""]) expect(identitiesOfActor(actor), actor).toBeNull();
  });
});
