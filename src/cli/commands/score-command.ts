import { loadConfig } from "../../config/load-config.js";
import type { CliCommand } from "../cli-command.js";
import { openStore } from "../open-store.js";
import { parseCliArgs } from "../parse-cli-args.js";
import { SCORE_USAGE, scoreRun } from "./score-run.js";

const help = `Usage: ${SCORE_USAGE}

The health score of a customer — found by key (any case), name, alias or a unique prefix — with the
evidence behind each dimension, exactly as /customer score shows it.
  --at YYYY-MM-DD   evaluate as of a past date (default: today in the team's time zone)
  --json            {customer, at, composite, grade, provisional, dimensions:[{name, weight, score,
                    computed, override, evidence, missing}], strategy, …}
  --all             every customer (one JSON object per line with --json); prints customers/s to stderr`;

export const scoreCommand: CliCommand = {
  help,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      argv,
      { at: { type: "string" }, json: { type: "boolean" }, all: { type: "boolean" } },
      help,
    );
    if (values.help) {
      console.log(help);
      return 0;
    }
    const config = loadConfig(process.env);
    const { db } = await openStore(config.env);
    try {
      await scoreRun(
        db,
        { health: config.settings.health, timeZone: config.settings.calendar.timeZone },
        { customer: positionals.join(" ") || undefined, at: values.at as string | undefined, json: Boolean(values.json), all: Boolean(values.all) },
        { now: config.clock.now(), out: (text) => console.log(text), note: (text) => console.error(text) },
      );
    } finally {
      await db.close();
    }
    return 0;
  },
};
