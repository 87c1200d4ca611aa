import type { Inline } from "../messages/message.js";
import { readIdentityToken } from "../roster/read-identity-token.js";
import type { TypedPerson } from "../roster/typed-person.js";
import type { HealthSettings } from "./health-settings.js";

export interface ListFilters {
  grade?: string;
  /** The owner's roster id, once found (a table's page buttons carry it). */
  ownerPersonId?: number;
  tier?: "strategic" | "normal" | "new";
}

/** The filters as typed: the owner (`@mei`, or a mention's identity token) still needs finding on the roster. */
export interface TypedListFilters extends Omit<ListFilters, "ownerPersonId"> {
  owner?: TypedPerson;
}

export type ParsedListFilters = { ok: true; filters: TypedListFilters } | { ok: false; message: Inline };

const TIERS = ["strategic", "normal", "new"] as const;

/** `grade <g>`, `owner @someone`, `tier <t>` in any order, each at most once. */
export function parseListFilters(text: string, settings: HealthSettings, usage: string): ParsedListFilters {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const filters: TypedListFilters = {};
  const grades = settings.grades.map((grade) => grade.name);
  const code = (text: string): Inline => ({ kind: "code", text });
  const fail = (problem: Inline): ParsedListFilters => ({
    ok: false,
    message: [problem, " Usage: ", code(usage), ", e.g. ", code("/customer list grade fair tier strategic")],
  });
  for (let i = 0; i < words.length; i += 2) {
    const word = words[i]!.toLowerCase();
    const value = words[i + 1];
    if (!["grade", "owner", "tier"].includes(word)) return fail([code(words[i]!.slice(0, 40)), " is not a filter: use grade, owner or tier."]);
    if (value === undefined) return fail([code(word), " needs a value."]);
    const given = filters[word as "grade" | "owner" | "tier"];
    if (given) return fail([code(word), " is given twice."]);
    if (word === "grade") {
      if (!grades.includes(value.toLowerCase())) return fail([code(value.slice(0, 40)), ` is not a grade (${grades.join(", ")}).`]);
      filters.grade = value.toLowerCase();
    } else if (word === "tier") {
      const tier = TIERS.find((t) => t === value.toLowerCase());
      if (!tier) return fail([code(value.slice(0, 40)), ` is not a tier (${TIERS.join(", ")}).`]);
      filters.tier = tier;
    } else {
      // A mention arrives as the adapter's identity token; typed, an owner is just @name.
      const identity = readIdentityToken(value);
      const handle = value.replace(/^@/, "");
      if (identity) filters.owner = { identity };
      else if (/^[\p{L}\p{N}._-]{1,80}$/u.test(handle)) filters.owner = { handle };
      else return fail([code(value.slice(0, 40)), " is not a person: mention them, e.g. ", code("owner @mei"), "."]);
    }
  }
  return { ok: true, filters };
}
