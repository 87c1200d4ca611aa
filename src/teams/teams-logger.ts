import type { ILogger, LogLevel } from "@microsoft/teams.common";
import type { TeamsDeps } from "./teams-deps.js";

/**
 * Steward's logger as the Teams SDK's: one log, one level. The SDK logs every request at info; that
 * goes to debug, so a busy bot does not flood Steward's log.
 */
export function teamsLogger(logger: TeamsDeps["logger"], name = "teams"): ILogger {
  const write = (level: LogLevel, msg: unknown[]) => {
    const line = [`[${name}]`, ...msg];
    // A refused token is someone else's mistake (or an attack), answered 401: a warning, not an error.
    if (level === "error" && (name.includes("jwt") || String(msg[0]).startsWith("JWT validation failed"))) level = "warn";
    if (level === "error") logger.error(...line);
    else if (level === "warn") logger.warn(...line);
    else logger.debug(...line);
  };
  return {
    debug: (...msg) => write("debug", msg),
    info: (...msg) => write("info", msg),
    warn: (...msg) => write("warn", msg),
    error: (...msg) => write("error", msg),
    trace: () => undefined,
    log: (level, ...msg) => write(level, msg),
    child: (child) => teamsLogger(logger, `${name}/${child}`),
  };
}
