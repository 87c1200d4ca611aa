import pg from "pg";
import { openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";

export interface SeedPlan {
  /** The server's maintenance database, e.g. postgresql://postgres@127.0.0.1:5432/postgres */
  adminUrl: string;
  /** The bench database's name. */
  name: string;
  /** Named SQL steps that fill the migrated, empty database (generate_series: deterministic). */
  steps: Array<[what: string, sql: string]>;
  /** Whether an existing database already holds the full bench data (row counts). */
  isComplete(client: pg.Client): Promise<boolean>;
  log(line: string): void;
}

/**
 * A bench database on the PostgreSQL server: created, migrated with today's migrations and filled in
 * SQL; reused when already complete and migrated (BENCH_RESEED=1 rebuilds it). Returns its URL.
 */
export async function seedServerDatabase(plan: SeedPlan): Promise<string> {
  const url = new URL(plan.adminUrl);
  url.pathname = `/${plan.name}`;
  const admin = new pg.Client({ connectionString: plan.adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [plan.name])).rowCount === 1;
    if (exists && process.env.BENCH_RESEED !== "1" && (await isReusable(url.toString(), plan))) {
      plan.log(`Reusing the seeded database ${plan.name} (BENCH_RESEED=1 rebuilds it).`);
      return url.toString();
    }
    await admin.query(`DROP DATABASE IF EXISTS "${plan.name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${plan.name}"`);
  } finally {
    await admin.end();
  }
  await migrateDatabase(url.toString());
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const started = performance.now();
  try {
    // Bench data only: the audit triggers would add one audit row per generated row.
    await client.query("SET session_replication_role = replica");
    for (const [what, sql] of plan.steps) {
      const t0 = performance.now();
      await client.query(sql);
      plan.log(`  seeded ${what} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
    await client.query("ANALYZE");
  } finally {
    await client.end();
  }
  plan.log(`Seeded ${plan.name} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return url.toString();
}

async function migrateDatabase(url: string): Promise<void> {
  const db = await openDatabase({ databaseUrl: url, dataDir: "memory://" });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
}

/** Migrated with today's migrations (an edited one means rebuilding) and holding all the data. */
async function isReusable(url: string, plan: SeedPlan): Promise<boolean> {
  try {
    await migrateDatabase(url);
  } catch {
    return false;
  }
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return await plan.isComplete(client);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
