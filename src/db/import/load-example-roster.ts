import { fileURLToPath } from "node:url";
import type { TeamSettings } from "../../config/team-settings.js";
import { EnvironmentError } from "../../config/environment-error.js";
import type { Database } from "../database.js";
import { runImport } from "./run-import.js";

// Same folder from src/db/import and dist/db/import.
const examplesDir = fileURLToPath(new URL("../../../examples/", import.meta.url));

/**
 * A new user's first `npm start` shows a populated roster: `steward start` calls this on the
 * embedded store (never on a server), and only while it holds no customer is the example roster
 * imported (attributed to `steward`). Returns what was done, for the start-up message, or null when
 * nothing was loaded.
 */
export async function loadExampleRoster(db: Database, now: Date, settings: TeamSettings): Promise<string | null> {
  if ((await db.prisma.customer.count()) > 0) return null;
  const outcome = await runImport(db, { target: examplesDir, actor: "steward", now, settings });
  if (!outcome.ok) {
    throw new EnvironmentError(`The example roster in ${examplesDir} could not be loaded:\n${outcome.problems.join("\n")}`);
  }
  const customers = outcome.files.find((file) => file.type === "customers")?.rows ?? 0;
  return `The roster was empty, so the example roster from examples/ was loaded (${customers} customers, ${outcome.changed} rows); import your own with \`npm run steward -- import <file.csv> --type <type>\`.`;
}
