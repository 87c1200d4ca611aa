import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { buildHealthReport } from "../../../src/app/health/build-health-report.js";
import type { HealthDeps } from "../../../src/app/health/health-deps.js";
import { scoreCustomer } from "../../../src/app/health/score-customer.js";
import { findActor } from "../../../src/app/roster/find-actor.js";
import { plainText } from "../../../src/domain/messages/plain-text.js";
import { useTestDatabase } from "../../support/use-test-database.js";
import { playbook } from "../health-inputs-fixture.js";
import { seedHealthRoster } from "../seed-health-roster.js";

// The real scoring, watched: the use case must not score a customer for someone who may not see the score.
vi.mock("../../../src/app/health/build-health-report.js", async (original) => {
  const real = await original<typeof import("../../../src/app/health/build-health-report.js")>();
  return { buildHealthReport: vi.fn(real.buildHealthReport) };
});

const t = useTestDatabase();
const now = new Date("2026-11-24T01:00:00Z");
let deps: HealthDeps;

beforeAll(async () => {
  await seedHealthRoster(t.db);
  deps = { db: t.db, health: playbook, timeZone: "Asia/Shanghai" };
});
beforeEach(() => {
  vi.mocked(buildHealthReport).mockClear();
});

describe("the score-a-customer use case", () => {
  it("checks access before anything is scored: someone of another department gets the refusal, and no score was computed", async () => {
    const message = await scoreCustomer(deps, { actor: await findActor(t.db, "slack", "U0OTHER"), target: { typed: "ACME" }, now });
    expect(plainText(message.text)).toBe(
      "Sorry — ACME's score is visible to its owner (Mei Chen), their department, its head, executives and admins. Ask the owner to share it in a channel.",
    );
    expect(buildHealthReport).not.toHaveBeenCalled();
  });

  it("scores once for the department head (who heads the owner's department from another one), as of the team's today", async () => {
    const message = await scoreCustomer(deps, { actor: await findActor(t.db, "slack", "U0HEAD"), target: { typed: "acme" }, now });
    expect(plainText(message.text)).toMatch(/^ACME · Acme Corp — \d+\.\d \/ 10 · \w+/);
    expect(buildHealthReport).toHaveBeenCalledTimes(1);
    expect(vi.mocked(buildHealthReport).mock.calls[0]![2]).toBe("2026-11-24");
  });

  it("answers a bad date, someone not on the roster and a misspelling without scoring", async () => {
    const mei = await findActor(t.db, "slack", "U0MEI");
    const bad = await scoreCustomer(deps, { actor: mei, target: { typed: "ACME at 2026-13-01" }, now });
    expect(plainText(bad.text)).toContain("`2026-13-01` is not a calendar date");
    const stranger = await scoreCustomer(deps, { actor: null, target: { typed: "ACME" }, now });
    expect(plainText(stranger.text)).toContain("you are not on it yet");
    const misspelt = await scoreCustomer(deps, { actor: mei, target: { typed: "ACMEE" }, now });
    expect(plainText(misspelt.text)).toBe("No customer matches `ACMEE` — did you mean ACME (Acme Corp) or ACMES (Acme South)?");
    expect(buildHealthReport).not.toHaveBeenCalled();
  });
});
