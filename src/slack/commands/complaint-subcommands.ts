import { listSubcommand } from "./complaint/list-subcommand.js";
import { newSubcommand } from "./complaint/new-subcommand.js";
import { oncallSubcommand } from "./complaint/oncall-subcommand.js";
import { reportSubcommand } from "./complaint/report-subcommand.js";
import { showSubcommand } from "./complaint/show-subcommand.js";
import type { Subcommand } from "./subcommand.js";

/** The `/complaint` subcommands, in the order `/complaint help` lists them. */
export const complaintSubcommands: Subcommand[] = [newSubcommand, listSubcommand, showSubcommand, reportSubcommand, oncallSubcommand];
