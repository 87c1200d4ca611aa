import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { type Database, openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { adminQuery } from "./admin-query.js";
import { serverUrl } from "./server-url.js";

export interface TestDatabase {
  /** The migrated, empty database of this test file. */
  readonly db: Database;
  /** Its connection string when it lives on a server (for spawning `steward` processes), else undefined. */
  readonly url: string | undefined;
}

/**
 * Gives the calling test file an isolated, migrated database: a fresh copy of the run's
 * template on the PostgreSQL server (TEST_DATABASE_URL), else an in-memory embedded store.
 */
export function useTestDatabase(): TestDatabase {
  let db: Database | undefined;
  let url: string | undefined;
  let name: string | undefined;
  beforeAll(async () => {
    const template = inject("templateDatabase");
    if (template) {
      name = `steward_t_${randomBytes(5).toString("hex")}`;
      await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      url = serverUrl(name);
      db = await openDatabase({ databaseUrl: url, dataDir: "memory://" });
    } else {
      db = await openDatabase({ dataDir: "memory://" });
      await migrate(db);
    }
  });
  afterAll(async () => {
    await db?.close();
    if (name) await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  return {
    get db() {
      if (!db) throw new Error("useTestDatabase(): the database is ready only inside tests and hooks");
      return db;
    },
    get url() {
      return url;
    },
  };
}
