import type { CommandEntry } from "../messages/command-help-message.js";
import type { Inline, Message } from "../messages/message.js";
import type { RosterPerson } from "./roster-person.js";

/** Steward's home (Slack's App Home tab): who you are to Steward and everything you can ask it. */
export function homeMessage(person: RosterPerson | null, commands: ReadonlyArray<{ command: string; subcommands: readonly CommandEntry[] }>): Message {
  const intro: Inline = person
    ? ["Hello ", person.name, ` — you are on the roster as ${person.roles.join(", ").replace(/_/g, " ") || "a member"}.`]
    : ["You are not on Steward's roster yet: ask your Steward admin to add you (", { kind: "code", text: "steward import people.csv --type people" }, ")."];
  return {
    text: "Steward",
    parts: [
      { kind: "heading", text: "Steward" },
      { kind: "text", text: intro },
      ...commands.flatMap(({ command, subcommands }) => {
        const lines: Inline[] = [
          { kind: "strong", content: command },
          ...subcommands.map((sub): Inline => [{ kind: "code", text: sub.usage }, " — ", sub.summary]),
          [{ kind: "code", text: `${command} help` }, " — the list in any channel"],
        ];
        return [{ kind: "divider" as const }, { kind: "text" as const, text: lines.flatMap((line, i) => (i === 0 ? [line] : ["\n", line])) }];
      }),
    ],
  };
}
