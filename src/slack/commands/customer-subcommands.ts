import { actionsSubcommand } from "./customer/actions-subcommand.js";
import { awaySubcommand } from "../roster/away-subcommand.js";
import { deputySubcommand } from "../roster/deputy-subcommand.js";
import { assessSubcommand } from "./customer/assess-subcommand.js";
import { healthSubcommand } from "./customer/health-subcommand.js";
import { listSubcommand } from "./customer/list-subcommand.js";
import { scoreSubcommand } from "./customer/score-subcommand.js";
import { showSubcommand } from "./customer/show-subcommand.js";
import type { Subcommand } from "./subcommand.js";

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
