import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/db/database.js";
import { migrate } from "../../src/db/migrate.js";
import { adminQuery } from "./admin-query.js";
import { serverUrl } from "./server-url.js";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string | undefined;
  }
}

/**
 * On a PostgreSQL server, migrate one template database per run; each test file then gets its
 * own copy of it (CREATE DATABASE … TEMPLATE), which is much faster than migrating each time.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  if (!serverUrl()) {
    project.provide("templateDatabase", undefined);
    return;
  }
  const template = `steward_template_${process.pid}`;
  await adminQuery(`DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(`CREATE DATABASE ${template}`);
  const db = await openDatabase({ databaseUrl: serverUrl(template), dataDir: "memory://" });
  try {
    await migrate(db);
  } finally {
    await db.close();
  }
  project.provide("templateDatabase", template);
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  };
}
