import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { createScheduler } from "../../src/scheduler/create-scheduler.js";
import type { Job } from "../../src/scheduler/job.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { useTestDatabase } from "../support/use-test-database.js";

const t = useTestDatabase();
const fake = new FakeSlackApi();
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

const recordingJob = (name: string, everyMs?: number) => {
  const runs: string[] = [];
  const job: Job = { name, everyMs, run: async (now) => void runs.push(now.toISOString()) };
  return { job, runs };
};

describe("job cadence", () => {
  it("runs a job with everyMs once per period, and one without at every tick", async () => {
    const minutely = recordingJob("minutely", 60_000);
    const everyTick = recordingJob("every-tick");
    const scheduler = createScheduler({
      db: t.db,
      settings: teamSettingsSchema.parse({}),
      logger: quiet,
      jobs: [minutely.job, everyTick.job],
      ports: { slack: createSlackDeliveryPort({ token: "xoxb-test", slackApiUrl: fake.apiUrl }) },
    });
    for (const at of ["2026-11-24T01:00:00Z", "2026-11-24T01:00:30Z", "2026-11-24T01:01:00Z", "2026-11-24T01:01:59Z", "2026-11-24T01:03:10Z"]) {
      await scheduler.tick(new Date(at));
    }
    await scheduler.stop();
    expect(minutely.runs).toEqual(["2026-11-24T01:00:00.000Z", "2026-11-24T01:01:00.000Z", "2026-11-24T01:03:10.000Z"]);
    expect(everyTick.runs).toHaveLength(5);
  });
});
