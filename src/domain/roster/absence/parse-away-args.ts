import { describeBadIsoDate } from "../../calendar/describe-bad-iso-date.js";
import type { LocalDate } from "../../calendar/local-date.js";
import type { TypedPerson } from "../typed-person.js";
import { parseTypedPerson } from "./parse-typed-person.js";

export type AwayRequest =
  | { kind: "list"; person: TypedPerson | null }
  | { kind: "cancel"; person: TypedPerson | null }
  | { kind: "record"; person: TypedPerson | null; from: LocalDate; to: LocalDate; deputy: TypedPerson | null };

/** What was wrong with the typed words: the field, what was wrong, and an example of the right form. */
export interface AwayInputProblem {
  field: "person" | "dates" | "deputy";
  problem: string;
  example: string;
}

export const AWAY_EXAMPLE = "/customer away 2026-12-20..2027-01-03 deputy @priya";


/**
 * Reads `/customer away [@person] [YYYY-MM-DD..YYYY-MM-DD] [deputy @x]`, `/customer away [@person]`
 * (list) and `/customer away cancel [@person]`. A single date is a one-day absence. Only the form is
 * checked here; whether the dates make sense is `checkAbsence`'s.
 */
export function parseAwayArgs(args: string): { ok: true; request: AwayRequest } | { ok: false; problem: AwayInputProblem } {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const fail = (field: AwayInputProblem["field"], problem: string, example = AWAY_EXAMPLE) => ({ ok: false as const, problem: { field, problem, example } });
  let cancel = false;
  if (words[0]?.toLowerCase() === "cancel") {
    cancel = true;
    words.shift();
  }
  let person: TypedPerson | null = null;
  const first = words[0] ? parseTypedPerson(words[0]) : null;
  if (first) {
    person = first;
    words.shift();
  }
  if (cancel) {
    if (words.length) return fail("person", `\`cancel\` takes at most a person, not "${clip(words.join(" "))}"`, "/customer away cancel @lukas");
    return { ok: true, request: { kind: "cancel", person } };
  }
  if (words.length === 0) return { ok: true, request: { kind: "list", person } };
  const [from = "", to = from, ...extra] = words.shift()!.split("..");
  if (extra.length) return fail("dates", "a range has one \"..\" between its first and last day");
  for (const date of [from, to]) {
    const bad = describeBadIsoDate(date);
    if (bad) return fail("dates", `${bad}; write the first and last day away as FROM..TO`);
  }
  let deputy: TypedPerson | null = null;
  if (words.length) {
    const keyword = words.shift()!;
    const handle = words.shift();
    const match = handle ? parseTypedPerson(handle) : null;
    if (keyword.toLowerCase() !== "deputy" || !match || words.length) {
      return fail("deputy", `after the dates only "deputy @person" may follow, not "${clip([keyword, handle, ...words].filter(Boolean).join(" "))}"`);
    }
    deputy = match;
  }
  return { ok: true, request: { kind: "record", person, from, to, deputy } };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
