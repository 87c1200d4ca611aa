import { beforeAll, it } from "vitest";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { seedHealthRoster } from "../seed-health-roster.js";
import { ask } from "../slack/ask-steward.js";
import { scoreRun } from "../../../src/cli/commands/score-run.js";
import { playbook } from "../health-inputs-fixture.js";
const t = useTestDatabase();
let steward: TestSteward;
beforeAll(async () => { await seedHealthRoster(t.db); steward = await startTestSteward({ db: t.db, clock: new ManualClock(new Date("2026-11-24T01:00:00Z")) }); });
it("looks", async () => {
  console.log((await ask(steward, "U0MEI", "score umbrella")).text);
  console.log((await ask(steward, "U0EXEC", "health")).text);
  await scoreRun(t.db, { health: playbook, timeZone: "Asia/Shanghai" }, { customer: "acme", at: undefined, json: false, all: false }, { now: new Date("2026-11-24T01:00:00Z"), out: console.log, note: console.log });
  await steward.stop();
});
