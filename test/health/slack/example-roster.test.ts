import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../../src/config/team-settings.js";
import { runImport } from "../../../src/db/import/run-import.js";
import { ManualClock } from "../../../src/domain/calendar/manual-clock.js";
import { startTestSteward, type TestSteward } from "../../support/start-test-steward.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { ask } from "./ask-steward.js";

const t = useTestDatabase();
let steward: TestSteward;
const EXAMPLES = fileURLToPath(new URL("../../../examples/", import.meta.url));
/** An executive and admin of the example roster: sees every score. */
const EXECUTIVE = "U0CHENJING";

beforeAll(async () => {
  const imported = await runImport(t.db, { target: EXAMPLES, actor: "cli:test", now: new Date("2026-11-24T01:00:00Z"), settings: teamSettingsSchema.parse({}) });
  if (!imported.ok) throw new Error(`the example roster did not import: ${imported.problems.join("\n")}`);
  steward = await startTestSteward({ db: t.db, clock: new ManualClock(new Date("2026-11-24T01:00:00Z")) });
});
afterAll(async () => {
  await steward?.stop();
});

describe("the example roster", () => {
  it("has customers of all four grades, each score explained by its evidence", async () => {
    for (const grade of ["excellent", "good", "fair", "poor"]) {
      const list = await ask(steward, EXECUTIVE, `list grade ${grade}`);
      const key = /^`\s*[\d.]+` \w+.*?\*([A-Z0-9._-]+)\*/m.exec(list.text)?.[1];
      expect(key, `a customer graded ${grade}`).toBeDefined();
      const reply = await ask(steward, EXECUTIVE, `score ${key}`);
      expect(reply.text, key).toMatch(new RegExp(`^${key} · .+ — [\\d.]+ / 10 · ${grade}`));
      // Every dimension shows its evidence, or says it is incomplete and what is missing.
      for (const [label, weight] of [["stability", 30], ["satisfaction", 25], ["needs fit", 20], ["engagement", 15], ["risk", 10]] as const) {
        const line = new RegExp(`\\*${label}\\* (?:[\\d.]+ / 10 · ${weight} % — \\S.*|data incomplete · ${weight} %\\n\\s+_missing: \\S.*)`);
        expect(reply.text, `${key} ${label}`).toMatch(line);
      }
      expect(reply.text, key).toContain(`*Strategy (${grade}):*`);
    }
  });
});
