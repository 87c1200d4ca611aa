import { describeBadIsoDate } from "../../calendar/describe-bad-iso-date.js";
import type { Inline } from "../../messages/message.js";
import { readIdentityToken } from "../../roster/read-identity-token.js";
import type { TypedPerson } from "../../roster/typed-person.js";

export const OVERRIDE_USAGE = "/complaint oncall override @priya 2026-12-20..2026-12-27 for @lukas";

export type ParsedOverride =
  | { ok: true; person: TypedPerson; forPerson: TypedPerson; from: string; to: string }
  | { ok: false; field: "person" | "period" | "for"; message: Inline };

const HANDLE = /^@?([\p{L}\p{N}._-]{1,80})$/u;

/**
 * The words after `/complaint oncall override`: `@who FROM..TO for @whom`, dates inclusive. A wrong
 * part names the field, what was wrong and the right form.
 */
export function parseOverrideCommand(args: string): ParsedOverride {
  const words = args.trim().split(/\s+/).filter(Boolean);
  const example: Inline = ["e.g. ", code(OVERRIDE_USAGE)];
  const [who, period, keyword, whom, ...rest] = words;
  const person = who === undefined ? null : typedPerson(who);
  if (!person) return { ok: false, field: "person", message: ["Name who covers first, as @name, ", example, "."] };
  if (period === undefined) return { ok: false, field: "period", message: ["Give the period as FROM..TO (first and last day, YYYY-MM-DD), ", example, "."] };
  const dates = /^(.+?)\.\.(.+)$/.exec(period);
  if (!dates) return { ok: false, field: "period", message: ["The period ", code(clip(period)), " is not FROM..TO; give the first and last day, ", example, "."] };
  for (const date of [dates[1]!, dates[2]!]) {
    const bad = describeBadIsoDate(date);
    if (bad) return { ok: false, field: "period", message: `The period's ${date === dates[1] ? "first" : "last"} day: ${bad}.` };
  }
  if (dates[2]! < dates[1]!) return { ok: false, field: "period", message: [`The period ends (${dates[2]}) before it begins (${dates[1]}); give the first day first, `, example, "."] };
  if (keyword?.toLowerCase() !== "for" || whom === undefined || rest.length > 0) {
    return { ok: false, field: "for", message: ["Say whom they cover for after the period: ", code("for @name"), ", ", example, "."] };
  }
  const forPerson = typedPerson(whom);
  if (!forPerson) return { ok: false, field: "for", message: [code(clip(whom)), " is not a person; name whom they cover for as @name, ", example, "."] };
  return { ok: true, person, forPerson, from: dates[1]!, to: dates[2]! };
}

/** `@name`, or the identity token an adapter put where the platform sent a mention. */
function typedPerson(word: string): TypedPerson | null {
  const identity = readIdentityToken(word);
  if (identity) return { identity };
  const handle = HANDLE.exec(word);
  return handle && word.startsWith("@") ? { handle: handle[1]! } : null;
}

function code(text: string): Inline {
  return { kind: "code", text };
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 30)}…` : text;
}
