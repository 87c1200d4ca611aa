import { COMMAND_CATALOGUE, type SubcommandName } from "../../../app/commands/command-catalogue.js";
import { listSubcommand } from "./list-subcommand.js";
import { newSubcommand } from "./new-subcommand.js";
import { oncallSubcommand } from "./oncall-subcommand.js";
import { reportSubcommand } from "./report-subcommand.js";
import { showSubcommand } from "./show-subcommand.js";
import type { Subcommand, SubcommandHandler } from "../../commands/subcommand.js";

// One handler per catalogue entry, no more: the type fails when the catalogue gains or loses one.
const HANDLERS: Record<SubcommandName<"complaint">, SubcommandHandler> = {
  new: newSubcommand,
  list: listSubcommand,
  show: showSubcommand,
  report: reportSubcommand,
  oncall: oncallSubcommand,
};

/** The `/complaint` subcommands, in the catalogue's order (the order `/complaint help` lists them). */
export const complaintSubcommands: Subcommand[] = COMMAND_CATALOGUE.complaint.map((entry) => ({ ...entry, ...HANDLERS[entry.name] }));
