import { COMMAND_CATALOGUE } from "../../app/commands/command-catalogue.js";

/** Teams shows at most 10 suggested commands per list, each description at most 128 characters. */
const MAX_DESCRIPTION = 128;

/**
 * The commands the bot answers, as the manifest offers them: `customer` and `complaint` (each followed
 * by a subcommand, as after the slash in Slack) and `help`. Per subcommand they would be more than the
 * 10 suggestions Teams allows; any other text gets the help, which lists every subcommand.
 */
export function teamsCommandList(): { title: string; description: string }[] {
  const clip = (text: string) => (text.length <= MAX_DESCRIPTION ? text : `${text.slice(0, MAX_DESCRIPTION - 1)}…`);
  return [
    ...Object.entries(COMMAND_CATALOGUE).map(([family, subcommands]) => ({
      title: family,
      description: clip(`${subcommands.map((sub) => sub.name).join(", ")} — e.g. ${family} ${subcommands[0]!.name} ACME`),
    })),
    { title: "help", description: "every command, with what it does" },
  ];
}
