import type { Subcommand } from "./subcommand.js";

/** The `/customer` subcommands, in the order `/customer help` lists them. */
export const customerSubcommands: Subcommand[] = [];
