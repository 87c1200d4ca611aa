import { TEAMS_COMMANDS } from "../seam/slack-commands.js";

/** Teams shows at most 10 suggested commands per list, each title at most 32 and description 128 characters. */
const MAX_DESCRIPTION = 128;

/**
 * The commands the bot answers, as the manifest offers them: every `customer` and `complaint`
 * subcommand. `help` is not among them: it is what any other text gets, so it needs no suggestion.
 */
export function teamsCommandList(): { title: string; description: string }[] {
  return Object.entries(TEAMS_COMMANDS).flatMap(([family, subcommands]) =>
    subcommands.map((sub) => ({
      title: `${family} ${sub.name}`,
      description: sub.summary.length <= MAX_DESCRIPTION ? sub.summary : `${sub.summary.slice(0, MAX_DESCRIPTION - 1)}…`,
    })),
  );
}
