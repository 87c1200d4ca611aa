import { mkdirSync } from "node:fs";
import type { PGlite } from "@electric-sql/pglite";
import type { PrismaClient } from "../generated/prisma/client.js";
import { acquireStoreLock } from "./acquire-store-lock.js";
import { createPrismaClient } from "./create-prisma-client.js";
import { describeServer } from "./describe-server.js";
import { EnvironmentError } from "../config/environment-error.js";

/** One connection held exclusively, for work that must not interleave (migrations, bulk SQL scripts). */
export interface RawSession {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
}

export interface Database {
  prisma: PrismaClient;
  kind: "server" | "embedded";
  /** Where the data lives, for messages: `127.0.0.1:5432/steward` or the embedded data folder. */
  location: string;
  session<T>(work: (session: RawSession) => Promise<T>): Promise<T>;
  isReachable(): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; without it the embedded store under `dataDir` is used. */
  databaseUrl?: string;
  /** The embedded store's folder, or `memory://` for a throw-away store (tests). */
  dataDir: string;
  /** Connections per process on a server. */
  poolSize?: number;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openServer(options.databaseUrl, options.poolSize ?? 10)
    : openEmbedded(options.dataDir);
}

// Each store's driver is loaded only when that store is opened: the other one would only take memory.

async function openServer(databaseUrl: string, poolSize: number): Promise<Database> {
  const [{ default: pg }, { PrismaPg }] = await Promise.all([import("pg"), import("@prisma/adapter-pg")]);
  const location = describeServer(databaseUrl);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new EnvironmentError(
      `Cannot reach PostgreSQL at ${location}: ${reason}.\n` +
        `Check that the server is running and accepts connections there, and that DATABASE_URL ` +
        `(e.g. postgresql://user:password@127.0.0.1:5432/steward) names the right host, port, database and user.`,
    );
  }
  const prisma = createPrismaClient(new PrismaPg(pool));
  return {
    prisma,
    kind: "server",
    location,
    async session(work) {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (script) => void (await client.query(script)),
          query: async (sql, params) => (await client.query(sql, params)).rows,
        });
      } finally {
        client.release();
      }
    },
    isReachable: () => pool.query("SELECT 1").then(() => true, () => false),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const inMemory = dataDir === "memory://";
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // PGlite is one process's store: a second process on the same folder would corrupt it.
  const releaseLock = inMemory ? () => undefined : acquireStoreLock(dataDir);
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import("@electric-sql/pglite"), import("pglite-prisma-adapter")]);
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(inMemory ? dataDir : `${dataDir}/pgdata`);
  } catch (error) {
    releaseLock();
    throw new EnvironmentError(
      `Cannot open the embedded store in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  // pglite-prisma-adapter is typed against another copy of Prisma's adapter interface; same shape.
  const prisma = createPrismaClient(new PrismaPGlite(pglite) as never);
  return {
    prisma,
    kind: "embedded",
    location: dataDir,
    session: (work) =>
      work({
        exec: async (script) => void (await pglite.exec(script)),
        query: async (sql, params) => (await pglite.query(sql, params)).rows as never,
      }),
    isReachable: () => pglite.query("SELECT 1").then(() => true, () => false),
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      releaseLock();
    },
  };
}
