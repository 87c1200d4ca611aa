import type { Env } from "../config/env-schema.js";
import { type Database, openDatabase } from "../db/database.js";
import { migrate } from "../db/migrate.js";

/** The database named by DATABASE_URL, else the embedded store, with every migration applied. */
export async function openStore(env: Env): Promise<{ db: Database; applied: string[] }> {
  const db = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.STEWARD_DATA_DIR });
  try {
    const { applied } = await migrate(db);
    return { db, applied };
  } catch (error) {
    await db.close();
    throw error;
  }
}
