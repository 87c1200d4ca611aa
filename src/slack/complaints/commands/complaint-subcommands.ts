import { listSubcommand } from "./list-subcommand.js";
import { newSubcommand } from "./new-subcommand.js";
import { reportSubcommand } from "./report-subcommand.js";
import { showSubcommand } from "./show-subcommand.js";
import type { Subcommand } from "../../commands/subcommand.js";

/** The `/complaint` subcommands, in the order `/complaint help` lists them. */
export const complaintSubcommands: Subcommand[] = [newSubcommand, listSubcommand, showSubcommand, reportSubcommand];
