import type { Inline } from "../messages/message.js";
import type { CustomerName } from "./rank-similar-customers.js";

/** "no customer matches `ACMEE` — did you mean ACME (Acme Corp)?" (the typed text as code). */
export function describeNoMatch(query: string, suggestions: readonly CustomerName[]): Inline {
  const shown: Inline = { kind: "code", text: query };
  if (suggestions.length === 0) return ["No customer matches ", shown, ". Try its key, its name or an alias, e.g. ", { kind: "code", text: "ACME" }, "."];
  const names = suggestions.map((s) => `${s.key} (${s.name})`);
  const options = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
  return ["No customer matches ", shown, " — did you mean ", options, "?"];
}
