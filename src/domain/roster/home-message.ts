import type { HomeView } from "@slack/types";
import type { Subcommand } from "../../commands/subcommand.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";

/** Steward's App Home: who you are to Steward and everything you can ask it. */
export function homeView(person: RosterPerson | null, commands: Array<{ command: string; subcommands: Subcommand[] }>): HomeView {
  const intro = person
    ? `Hello ${escapeMrkdwn(person.name)} — you are on the roster as ${person.roles.join(", ").replace(/_/g, " ") || "a member"}.`
    : "You are not on Steward's roster yet: ask your Steward admin to add you (`steward import people.csv --type people`).";
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: "Steward" } },
      { type: "section", text: { type: "mrkdwn", text: intro } },
      ...commands.flatMap(({ command, subcommands }) => [
        { type: "divider" as const },
        {
          type: "section" as const,
          text: {
            type: "mrkdwn" as const,
            text: [`*${command}*`, ...subcommands.map((sub) => `\`${escapeMrkdwn(sub.usage)}\` — ${escapeMrkdwn(sub.summary)}`), `\`${command} help\` — the list in any channel`].join("\n"),
          },
        },
      ]),
    ],
  };
}
