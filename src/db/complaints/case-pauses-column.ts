import type { CasePause } from "../../domain/complaints/case-pause.js";

interface StoredPause {
  from: string;
  to: string | null;
  asked: string;
}

/** `complaints.pauses` (jsonb) as the domain's pauses; the column holds ISO instants. */
export function readCasePauses(value: unknown): CasePause[] {
  const stored = (typeof value === "string" ? JSON.parse(value) : value) as StoredPause[] | null;
  return (stored ?? []).map((pause) => ({ from: new Date(pause.from), to: pause.to === null ? null : new Date(pause.to), asked: pause.asked }));
}

/** The domain's pauses as the jsonb text `complaints.pauses` stores. */
export function writeCasePauses(pauses: readonly CasePause[] | undefined): string {
  return JSON.stringify((pauses ?? []).map((pause) => ({ from: pause.from.toISOString(), to: pause.to?.toISOString() ?? null, asked: pause.asked })));
}
