import type { Subcommand } from "./subcommand.js";

/** The `/complaint` subcommands, in the order `/complaint help` lists them. */
export const complaintSubcommands: Subcommand[] = [];
