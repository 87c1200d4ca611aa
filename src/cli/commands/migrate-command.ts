import { loadConfig } from "../../config/load-config.js";
import type { CliCommand } from "../cli-command.js";
import { openStore } from "../open-store.js";
import { parseCliArgs } from "../parse-cli-args.js";
import { countOf } from "../../domain/text/count-of.js";

const help = `Usage: steward migrate

Applies the committed migrations (prisma/migrations) to the database in DATABASE_URL,
or to the embedded store (STEWARD_DATA_DIR, default .steward/) when it is not set.
Safe to run any number of times and from several machines at once.`;

export const migrateCommand: CliCommand = {
  help,
  async run(argv) {
    parseCliArgs(argv, {}, help);
    const { env } = loadConfig(process.env);
    const { db, applied } = await openStore(env);
    await db.close();
    console.log(applied.length ? `Applied ${countOf(applied.length, "migration")} to ${db.location}: ${applied.join(", ")}` : `${db.location} is up to date.`);
    return 0;
  },
};
