import type { ConsolePerson } from "./local-console.js";

export type ConsolePersonMatch =
  | { kind: "one"; person: ConsolePerson }
  | { kind: "several"; problem: string }
  | { kind: "none"; problem: string };

/**
 * A roster person as a first-time user would name them: a Slack id (`U0ACME01`), a mention
 * (`<@U0ACME01>`, `@Li Wei`), a full name or the unique start of a name or of one of its words ("Priya").
 */
export function findConsolePerson(typed: string, people: readonly ConsolePerson[]): ConsolePersonMatch {
  const handle = typed.trim().replace(/^<@([A-Z0-9_]+)(\|[^>]*)?>$/i, "$1").replace(/^@/, "").trim();
  const wanted = handle.toLowerCase();
  const none: ConsolePersonMatch = { kind: "none", problem: `Nobody on the roster is called "${handle}": type a name, an @mention or a Slack id, e.g. ${example(people)} (:people lists them).` };
  if (!wanted) return none;
  const exact = people.filter((p) => p.slackUserId.toLowerCase() === wanted || p.name.toLowerCase() === wanted);
  if (exact.length === 1) return { kind: "one", person: exact[0]! };
  const partial = exact.length ? exact : people.filter((p) => p.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(wanted)) || p.name.toLowerCase().startsWith(wanted));
  if (partial.length === 1) return { kind: "one", person: partial[0]! };
  if (partial.length > 1) {
    return { kind: "several", problem: `"${handle}" could be ${partial.slice(0, 5).map((p) => `${p.name} (${p.slackUserId})`).join(", ")}${partial.length > 5 ? " and more" : ""}: type more of the name or the Slack id.` };
  }
  return none;
}

function example(people: readonly ConsolePerson[]): string {
  const first = people[0];
  return first ? `${first.name}, @${first.name} or ${first.slackUserId}` : "Li Wei, @Li Wei or U0ACME01";
}
