import { teamSettingsSchema } from "../../../src/config/team-settings.js";
import { openDatabase } from "../../../src/db/database.js";
import { loadReminderFacts } from "../../../src/db/reminders/load-reminder-facts.js";
import { createRuleEnv } from "../../../src/domain/reminders/rule-env.js";
import { followUpItems } from "../../../src/domain/reminders/follow-up-items.js";
import { birthdayItems } from "../../../src/domain/reminders/birthday-items.js";
import { anniversaryItems } from "../../../src/domain/reminders/anniversary-items.js";
import { assessmentItems } from "../../../src/domain/reminders/assessment-items.js";
import { assessmentAnomalyItems } from "../../../src/domain/reminders/assessment-anomaly-items.js";
import { reportBackItems } from "../../../src/domain/reminders/report-back-items.js";
import { rosterReviewItems } from "../../../src/domain/reminders/roster-review-items.js";
import { actionItems } from "../../../src/domain/reminders/action-items.js";
const db = await openDatabase({ databaseUrl: "postgresql://postgres@127.0.0.1:5432/steward_bench_reminders", dataDir: "memory://" });
const settings = teamSettingsSchema.parse({});
const AT = new Date("2026-11-24T01:00:00Z");
const facts = await loadReminderFacts(db, AT, settings.reminders);
const people = facts.people.map((p) => ({ ...p, timeZone: p.timeZone ?? "Asia/Shanghai" }));
for (let i = 0; i < 3; i++) {
  const env = createRuleEnv({ ...facts, people }, AT, settings.calendar, settings.reminders);
  const out: string[] = [];
  for (const rule of [followUpItems, birthdayItems, anniversaryItems, assessmentItems, assessmentAnomalyItems, reportBackItems, rosterReviewItems, actionItems]) {
    const t = performance.now();
    const n = rule(env).length;
    out.push(`${rule.name} ${(performance.now() - t).toFixed(0)}ms/${n}`);
  }
  console.log(out.join("  "));
}
await db.close();
