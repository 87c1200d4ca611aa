import type { PlatformIdentities } from "../platform-identity.js";
import type { Absence } from "./absence.js";
import type { AwayInputProblem } from "./parse-away-args.js";

/** A person named in an answer. */
export interface NamedPerson {
  id: number;
  name: string;
  ids: PlatformIdentities;
}

/** What `/customer away` (and `/customer deputy`) did, for the reply. `self`: about the asker. */
export type AwayOutcome =
  | { kind: "recorded"; person: NamedPerson; absence: Absence; deputy: NamedPerson | null; self: boolean }
  | { kind: "listed"; person: NamedPerson; absences: readonly { absence: Absence; deputy: NamedPerson | null }[]; today: string; self: boolean }
  | { kind: "cancelled"; person: NamedPerson; absence: Absence; endedOn: string | null; self: boolean }
  | { kind: "nothing-to-cancel"; person: NamedPerson; self: boolean }
  | { kind: "not-on-roster" }
  | { kind: "not-allowed"; what: string; who: string }
  | { kind: "unknown-person"; field: AwayInputProblem["field"]; handle: string; candidates: readonly string[]; example: string }
  | { kind: "bad-input"; problem: AwayInputProblem };
