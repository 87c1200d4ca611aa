import { actionsSubcommand } from "./actions-subcommand.js";
import { assessSubcommand } from "./assess-subcommand.js";
import { healthSubcommand } from "./health-subcommand.js";
import { listSubcommand } from "./list-subcommand.js";
import { scoreSubcommand } from "./score-subcommand.js";
import { showSubcommand } from "./show-subcommand.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { awaySubcommand } from "../../roster/away-subcommand.js";
import { deputySubcommand } from "../../roster/deputy-subcommand.js";

/** The `/customer` subcommands, in the order `/customer help` lists them. */
export const customerSubcommands: Subcommand[] = [
  scoreSubcommand,
  showSubcommand,
  listSubcommand,
  healthSubcommand,
  assessSubcommand,
  actionsSubcommand,
  awaySubcommand,
  deputySubcommand,
];
