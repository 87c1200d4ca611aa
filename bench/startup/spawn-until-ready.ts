import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { readCpuTime } from "./read-cpu-time.js";

export interface ReadyProcess {
  pid: number;
  /** Milliseconds from spawn until the process was ready. */
  readyMs: number;
  /** CPU time it had used by then, ms: less sensitive than readyMs to other work on the machine. */
  readyCpuMs: number;
  /** Everything it printed so far, stdout and stderr as they came. */
  output(): string;
  /** Types `text` on its standard input. */
  type(text: string): void;
  /** Stops it the way a user would (`end-input` for the console, SIGTERM otherwise) and waits for the exit. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  env: NodeJS.ProcessEnv;
  /** Ready when stdout shows this, or when this probe answers true (polled every 50 ms). */
  ready: RegExp | (() => Promise<boolean>);
  stopBy: "end-input" | "SIGTERM";
  timeoutMs?: number;
}

/** Runs `node <args>` and resolves once it is ready, timing from spawn. */
export async function spawnUntilReady(args: string[], options: SpawnOptions): Promise<ReadyProcess> {
  const startedAt = performance.now();
  const child = spawn(process.execPath, args, { env: options.env, stdio: ["pipe", "pipe", "pipe"] });
  let stdout = "";
  let output = "";
  child.stdout.on("data", (chunk) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let hasExited = false;
  void exited.then(() => (hasExited = true));

  const deadline = startedAt + (options.timeoutMs ?? 60_000);
  for (;;) {
    const ready = options.ready instanceof RegExp ? options.ready.test(stdout) : await options.ready();
    if (ready) break;
    if (hasExited || performance.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`node ${args.join(" ")} ${hasExited ? `exited (code ${child.exitCode})` : "timed out"} before it was ready:\n${output}`);
    }
    await sleep(options.ready instanceof RegExp ? 5 : 50);
  }
  const readyMs = performance.now() - startedAt;
  const readyCpuMs = readCpuTime(child.pid!);

  return {
    pid: child.pid!,
    readyMs,
    readyCpuMs,
    output: () => output,
    type: (text) => void child.stdin.write(text),
    async stop() {
      if (options.stopBy === "end-input") child.stdin.end();
      else child.kill("SIGTERM");
      const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(killer);
    },
  };
}
