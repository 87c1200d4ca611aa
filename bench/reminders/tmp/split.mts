import { teamSettingsSchema } from "../../../src/config/team-settings.js";
import { openDatabase } from "../../../src/db/database.js";
import { loadReminderFacts } from "../../../src/db/reminders/load-reminder-facts.js";
import { computeDueItems } from "../../../src/domain/reminders/compute-due-items.js";
import { planReminders } from "../../../src/scheduler/reminders/plan-reminders.js";
const db = await openDatabase({ databaseUrl: "postgresql://postgres@127.0.0.1:5432/steward_bench_reminders", dataDir: "memory://" });
const settings = teamSettingsSchema.parse({});
const AT = new Date("2026-11-24T01:00:00Z");
for (let i = 0; i < 3; i++) {
  let t = performance.now();
  const facts = await loadReminderFacts(db, AT, settings.reminders);
  const load = performance.now() - t;
  const people = facts.people.map((p) => ({ ...p, timeZone: p.timeZone ?? "Asia/Shanghai" }));
  t = performance.now();
  computeDueItems({ ...facts, people }, AT, settings.calendar, settings.reminders);
  const compute = performance.now() - t;
  t = performance.now();
  await planReminders(db, settings, AT);
  console.log(`load ${load.toFixed(0)} compute ${compute.toFixed(0)} plan ${(performance.now() - t).toFixed(0)}`);
}
await db.close();
