import { EnvironmentError } from "../config/environment-error.js";
import { cliCommands } from "./cli-commands.js";
import { InputError } from "./input-error.js";

const usage = () =>
  [
    "Usage: steward <command> [options]   (steward <command> --help for more)",
    "",
    ...cliCommands.map((command) => `  ${command.name.padEnd(10)} ${command.summary}`),
    "",
    "Exit codes: 0 ok, 1 bad input, 2 environment problem (database, configuration).",
  ].join("\n");

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    console.log(usage());
    return name ? 0 : 1;
  }
  const entry = cliCommands.find((candidate) => candidate.name === name);
  if (!entry) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  const command = await entry.load();
  // Every command's --help, whatever else was typed with it.
  if (rest.includes("--help") || rest.includes("-h")) {
    console.log(command.help);
    return 0;
  }
  return command.run(rest);
}

/** Runs `steward <argv>` and sets the process's exit code: 0 ok, 1 bad input, 2 environment problem. */
export async function runCli(argv: string[]): Promise<void> {
  try {
    process.exitCode = await main(argv);
  } catch (error: unknown) {
    if (error instanceof InputError) {
      console.error(error.message);
      process.exitCode = 1;
    } else if (error instanceof EnvironmentError) {
      console.error(error.message);
      process.exitCode = 2;
    } else {
      // A bug, not the user's doing: one line, no stack trace unless asked for.
      console.error(`Steward failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.STEWARD_DEBUG) console.error(error);
      process.exitCode = 2;
    }
  }
}
