import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/**
 * The console's simulated time, kept in the data folder across `:quit` and restarts: after
 * `:advance 1w` the data holds a week of events, and a console reopened at the real time would find
 * them in its future. Stored as the offset from real time at the moment of saving, so time runs on
 * while the console is closed, as it does while it is open.
 */
export class ConsoleTimeFile {
  private readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, "console-time.json");
  }

  /**
   * Where the console's clock starts: the saved simulated time carried on by the real time since it was
   * saved, or `otherwise` (the process's clock) when that is later or nothing was saved — never backwards.
   */
  startAt(otherwise: Date, realNowMs: number): Date {
    const saved = this.read();
    if (!saved) return otherwise;
    const resumed = realNowMs + saved.offsetMs;
    return new Date(Math.max(resumed, otherwise.getTime()));
  }

  /** Saves the simulated `now` as seen at the real instant `realNowMs` (written whole, then renamed into place). */
  save(now: Date, realNowMs: number): void {
    mkdirSync(dirname(this.path), { recursive: true });
    const temporary = `${this.path}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ simulatedAt: now.toISOString(), offsetMs: now.getTime() - realNowMs })}\n`);
    renameSync(temporary, this.path);
  }

  private read(): { offsetMs: number } | null {
    try {
      const parsed = JSON.parse(readFileSync(this.path, "utf8")) as { offsetMs?: unknown };
      return typeof parsed.offsetMs === "number" && Number.isFinite(parsed.offsetMs) ? { offsetMs: parsed.offsetMs } : null;
    } catch {
      // No file yet (first start), or one left unreadable: the console starts at the process's time.
      return null;
    }
  }
}
