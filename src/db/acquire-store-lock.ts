import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { EnvironmentError } from "../config/environment-error.js";

/** Takes the embedded store for this process; returns the release function. */
export function acquireStoreLock(dataDir: string): () => void {
  const lockFile = join(dataDir, "steward.lock");
  const holder = readHolder(lockFile);
  if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
    throw new EnvironmentError(
      `The embedded store in ${dataDir} is in use by another Steward process (pid ${holder}).\n` +
        `Stop that process first, or run several processes against a PostgreSQL server by setting DATABASE_URL.`,
    );
  }
  writeFileSync(lockFile, String(process.pid));
  return () => {
    if (readHolder(lockFile) === process.pid) rmSync(lockFile, { force: true });
  };
}

function readHolder(lockFile: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockFile, "utf8"), 10);
    return Number.isFinite(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
