import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Database, RawSession } from "./database.js";
import { EnvironmentError } from "../config/environment-error.js";

// Same folder from src/db and dist/db.
const migrationsDir = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));
// Any constant shared by every replica: they take turns, so only one applies a migration.
const MIGRATION_LOCK_KEY = 72_610_001;

export interface MigrationResult {
  applied: string[];
  alreadyApplied: number;
}

/**
 * Applies the committed SQL of prisma/migrations in order, recording each in Prisma's own
 * `_prisma_migrations` table so `prisma migrate status` agrees. We apply them ourselves because
 * the Prisma CLI needs a schema engine that cannot be downloaded here, and it is much faster at start.
 */
export async function migrate(db: Database, options: { through?: string } = {}): Promise<MigrationResult> {
  const all = readMigrations();
  // `through` stops after the named migration: a test brings a database to an earlier schema, fills it
  // with rows of that schema, then applies the rest as an upgrade would.
  const last = options.through === undefined ? all.length - 1 : all.findIndex((m) => m.name === options.through);
  if (last < 0) throw new EnvironmentError(`No migration named ${options.through} in ${migrationsDir}.`);
  const migrations = all.slice(0, last + 1);
  return db.session(async (session) => {
    if (db.kind === "server") await session.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      await session.exec(CREATE_TABLE);
      const rows = await session.query<{ migration_name: string; checksum: string }>(
        "SELECT migration_name, checksum FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      const done = new Map(rows.map((row) => [row.migration_name, row.checksum]));
      const applied: string[] = [];
      for (const migration of migrations) {
        const recorded = done.get(migration.name);
        if (recorded !== undefined) {
          if (recorded !== migration.checksum) {
            throw new EnvironmentError(
              `Migration ${migration.name} was changed after it was applied to ${db.location}; ` +
                `add a new migration instead of editing an applied one.`,
            );
          }
          continue;
        }
        await applyOne(session, migration);
        applied.push(migration.name);
      }
      return { applied, alreadyApplied: done.size };
    } finally {
      if (db.kind === "server") await session.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
    }
  });
}

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

function readMigrations(): Migration[] {
  return readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(`${migrationsDir}${name}/migration.sql`, "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

async function applyOne(session: RawSession, migration: Migration): Promise<void> {
  await session.exec("BEGIN");
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec("COMMIT");
  } catch (error) {
    await session.exec("ROLLBACK");
    throw new EnvironmentError(
      `Migration ${migration.name} failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS _prisma_migrations (
  id                  VARCHAR(36) PRIMARY KEY NOT NULL,
  checksum            VARCHAR(64) NOT NULL,
  finished_at         TIMESTAMPTZ,
  migration_name      VARCHAR(255) NOT NULL,
  logs                TEXT,
  rolled_back_at      TIMESTAMPTZ,
  started_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
  applied_steps_count INTEGER NOT NULL DEFAULT 0
)`;
