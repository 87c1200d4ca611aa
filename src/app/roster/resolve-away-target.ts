import type { Database } from "../../db/database.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import { findPeopleByHandleExact, type HandledPerson } from "../../db/roster/find-people-by-handle-exact.js";
import type { AwayOutcome } from "../../domain/roster/absence/away-outcome.js";
import type { AwayInputProblem } from "../../domain/roster/absence/parse-away-args.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { TypedPerson } from "../../domain/roster/typed-person.js";

export type Resolved = { ok: true; person: HandledPerson } | { ok: false; outcome: Extract<AwayOutcome, { kind: "unknown-person" }> };

/** The one active person a typed handle or mention names, or the answer saying who it could be (or nobody). */
export async function resolveTypedPerson(db: Database, typed: TypedPerson, field: AwayInputProblem["field"], example: string): Promise<Resolved> {
  if ("identity" in typed) {
    const person = await findPersonByIdentity(db, typed.identity.platform, typed.identity.id);
    // A mention of someone not on the roster is answered with their id, as a typed id would be.
    return person ? { ok: true, person } : { ok: false, outcome: { kind: "unknown-person", field, handle: typed.identity.id, candidates: [], example } };
  }
  const people = await findPeopleByHandleExact(db, typed.handle);
  if (people.length === 1) return { ok: true, person: people[0]! };
  return { ok: false, outcome: { kind: "unknown-person", field, handle: typed.handle, candidates: people.map((p) => p.name), example } };
}

/**
 * Whose absences a request is about: the asker's own, or — for admins only — the typed person's.
 * Refuses someone not on the roster and a non-admin naming someone else, before anything is read.
 */
export async function resolveAwayTarget(
  db: Database,
  actor: RosterPerson | null,
  typed: TypedPerson | null,
  what: string,
  example: string,
): Promise<{ ok: true; person: HandledPerson; self: boolean } | { ok: false; outcome: AwayOutcome }> {
  if (!actor) return { ok: false, outcome: { kind: "not-on-roster" } };
  if (!typed) return { ok: true, person: actor, self: true };
  const found = await resolveTypedPerson(db, typed, "person", example);
  if (!found.ok) return found;
  const self = found.person.id === actor.id;
  if (!self && !actor.roles.includes("admin")) return { ok: false, outcome: { kind: "not-allowed", what, who: "admins (and the person themselves)" } };
  return { ok: true, person: found.person, self };
}
