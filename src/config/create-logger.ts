import { appendFileSync } from "node:fs";
import { type Logger, LogLevel } from "@slack/bolt";

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's logger interface, writing one line per entry to stderr — or to a file in the local
 * console, where log lines would break the conversation on screen.
 */
export function createLogger(level: `${LogLevel}`, file?: string): Logger {
  let current = level as LogLevel;
  let name = "steward";
  const write = (entryLevel: LogLevel, parts: unknown[]) => {
    if (ORDER.indexOf(entryLevel) < ORDER.indexOf(current)) return;
    const text = parts.map((part) => (part instanceof Error ? part.stack ?? part.message : typeof part === "string" ? part : JSON.stringify(part))).join(" ");
    const line = `${new Date().toISOString()} ${entryLevel.toUpperCase()} [${name}] ${text}\n`;
    if (file) appendFileSync(file, line);
    else process.stderr.write(line);
  };
  return {
    debug: (...parts) => write(LogLevel.DEBUG, parts),
    info: (...parts) => write(LogLevel.INFO, parts),
    warn: (...parts) => write(LogLevel.WARN, parts),
    error: (...parts) => write(LogLevel.ERROR, parts),
    setLevel: (next) => void (current = next),
    getLevel: () => current,
    setName: (next) => void (name = next),
  };
}
