import type { Logger } from "@slack/bolt";

/**
 * The last line of defence of `steward start`, behind the per-request and per-job handlers:
 * - a rejected promise nobody awaited is logged and Steward carries on — it is the failure of one
 *   request or job, whose writes were one transaction and were rolled back;
 * - an exception thrown to the event loop leaves the process in a state nobody can vouch for: it is
 *   logged and Steward exits with status 70, for a supervisor (systemd, a container runtime) to
 *   restart it. Every side effect is idempotent across restarts, so nothing is lost or doubled.
 */
export function installProcessGuards(logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    logger.error("unhandled promise rejection (Steward carries on):", reason);
  });
  process.on("uncaughtException", (error) => {
    logger.error("uncaught exception: Steward exits (status 70) for its supervisor to restart it:", error);
    process.exit(70);
  });
}
