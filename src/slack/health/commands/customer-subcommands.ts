import { COMMAND_CATALOGUE, type SubcommandName } from "../../../app/commands/command-catalogue.js";
import { actionsSubcommand } from "./actions-subcommand.js";
import { assessSubcommand } from "./assess-subcommand.js";
import { healthSubcommand } from "./health-subcommand.js";
import { listSubcommand } from "./list-subcommand.js";
import { scoreSubcommand } from "./score-subcommand.js";
import { showSubcommand } from "./show-subcommand.js";
import type { Subcommand, SubcommandHandler } from "../../commands/subcommand.js";
import { awaySubcommand } from "../../roster/away-subcommand.js";
import { deputySubcommand } from "../../roster/deputy-subcommand.js";

// One handler per catalogue entry, no more: the type fails when the catalogue gains or loses one.
const HANDLERS: Record<SubcommandName<"customer">, SubcommandHandler> = {
  score: scoreSubcommand,
  show: showSubcommand,
  list: listSubcommand,
  health: healthSubcommand,
  assess: assessSubcommand,
  actions: actionsSubcommand,
  away: awaySubcommand,
  deputy: deputySubcommand,
};

/** The `/customer` subcommands, in the catalogue's order (the order `/customer help` lists them). */
export const customerSubcommands: Subcommand[] = COMMAND_CATALOGUE.customer.map((entry) => ({ ...entry, ...HANDLERS[entry.name] }));
