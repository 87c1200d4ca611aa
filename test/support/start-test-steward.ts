import { createLogger } from "../../src/config/create-logger.js";
import { type TeamSettings, teamSettingsSchema } from "../../src/config/team-settings.js";
import { startLocalSlack, type LocalSlack } from "../../src/console/start-local-slack.js";
import type { Database } from "../../src/db/database.js";
import type { Clock } from "../../src/domain/calendar/clock.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import type { AppDeps } from "../../src/slack/app-deps.js";

export interface TestSteward extends LocalSlack {
  deps: AppDeps;
}

/**
 * The real Bolt app over HTTP on a loopback port, the stand-in Slack Web API, and a client that
 * signs requests like Slack — the same wiring as the local console. Stop it in afterAll.
 */
export async function startTestSteward(options: { db: Database; clock?: Clock; settings?: TeamSettings }): Promise<TestSteward> {
  const deps: AppDeps = {
    db: options.db,
    settings: options.settings ?? teamSettingsSchema.parse({}),
    clock: options.clock ?? new ManualClock(new Date("2026-11-24T01:00:00Z")),
    logger: createLogger(process.env.STEWARD_TEST_LOG === "1" ? "debug" : "error"),
  };
  const slack = await startLocalSlack(deps);
  return { ...slack, deps };
}
