import { parseArgs, type ParseArgsConfig } from "node:util";
import { InputError } from "./input-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs, with its errors turned into a usage message (exit 1) instead of a stack trace. */
export function parseCliArgs<T extends Options>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options: { ...options, help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new InputError(`${(error as Error).message.split("\n")[0]}\n\n${usage}`);
  }
}
