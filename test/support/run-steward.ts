import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { testClock } from "./test-clock.js";

export const STEWARD_BIN = fileURLToPath(new URL("../../dist/cli/main.js", import.meta.url));

export interface StewardRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the built `steward` CLI (npm test builds it first) as a user would, with `env` replacing
 * the Slack and database variables of the test process, and `input` piped to its stdin.
 */
export function runSteward(args: string[], options: { env?: Record<string, string | undefined>; input?: string; timeoutMs?: number } = {}): Promise<StewardRun> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) if (/^(SLACK_|TEAMS_|DATABASE_URL|STEWARD_)/.test(key)) delete env[key];
  // Every process under test starts on the test's timeline, never on the real calendar day.
  Object.assign(env, { STEWARD_START_TIME: testClock.now().toISOString() }, options.env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [STEWARD_BIN, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? "");
  });
}
