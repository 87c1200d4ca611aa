import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../src/config/create-logger.js";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { WebClient } from "@slack/web-api";
import { FakeSlackApi } from "../../src/console/fake-slack-api.js";
import { consoleTeamsPerson, runLocalTeamsConsole } from "../../src/console/local-teams-console.js";
import { type LocalTeams, startLocalTeams } from "../../src/console/start-local-teams.js";
import { listTeamsIdentities } from "../../src/db/people/list-teams-identities.js";
import { withActor } from "../../src/db/with-actor.js";
import { setTeamsIdentity } from "../support/set-teams-identity.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { seedComplaintRoster } from "../complaints/support/seed-complaint-roster.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";

const t = useTestDatabase();
let local: LocalTeams;
const slack = new FakeSlackApi();
const input = new PassThrough();
const output = new PassThrough();
let printed = "";
let done: Promise<void>;
const clock = new ManualClock(new Date("2026-11-24T09:00:00Z"));

beforeAll(async () => {
  await seedComplaintRoster(t.db);
  await setTeamsIdentity(t.db, "U_OWNER", "0a1b2c3d-0000-4000-8000-00000000016a");
  await withActor(t.db, "cli:test", async (tx) => {
    const fay = await tx.personIdentity.findUniqueOrThrow({ where: { platform_externalId: { platform: "slack", externalId: "U_FRONT" } } });
    await tx.person.update({ where: { id: fay.personId }, data: { email: "fay@acme.example" } });
  });
  await slack.start();
  slack.addUser({ id: "U_FRONT", name: "Fay" });
  local = await startLocalTeams({ db: t.db, settings: teamSettingsSchema.parse({}), clock, logger: createLogger("error") });
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const people = (await listTeamsIdentities(t.db)).map(consoleTeamsPerson);
  done = runLocalTeamsConsole({ local, clock, people, advanceTo: async (to) => void clock.set(to), slack, input, output });
  await waitFor("the console's first prompt", () => printed.includes("Type :help for help."));
});
afterAll(async () => {
  input.end();
  await done;
  await local?.stop();
  await slack.stop();
});

/** Types a line and returns what was printed until the console prompts again. */
async function type(line: string): Promise<string> {
  const from = printed.length;
  input.write(`${line}\n`);
  const prompt = /\n[^\n>]+> $/;
  await waitFor(`the prompt after ${JSON.stringify(line)}`, () => prompt.test(printed.slice(from)) && printed.slice(from).length > 0);
  return printed.slice(from);
}

describe("the local console as Teams", () => {
  it("sends typed commands through /api/messages and prints the cards as text with numbered buttons", async () => {
    expect(await type(":as Olga")).toContain("You are now Olga.");
    const show = await type("customer score ACME");
    expect(show).toContain("→ Steward in Olga's personal chat");
    expect(show).toMatch(/ACME · Acme Corp — /);
    expect(show).toMatch(/\[\d+\] Share in channel/);
    // Installs were announced at start, as Teams does: every console person's chat is known.
    expect(await t.db.prisma.teamsConversation.count({ where: { scope: "personal" } })).toBe(6);
  });

  it("finds a person by their work e-mail through the member lookup, and shows what Teams answers a press", async () => {
    await type(":as Fay");
    const list = await type("complaint list open");
    expect(list).not.toContain("not on it yet");
    // Button 1 is the "Share in channel" of the score card shown to Olga before: Teams answers the press.
    const press = await type("1");
    expect(press).toContain("(Teams shows:");
  });

  it("shows what Steward sends on Slack beside Teams: a mixed roster's Slack people get their messages there", async () => {
    const from = printed.length;
    await new WebClient("xoxb-test", { slackApiUrl: slack.apiUrl }).chat.postMessage({ channel: "U_FRONT", text: "Complaint #3 · ACME escalated to you" });
    await waitFor("the Slack message in the console", () => printed.slice(from).includes("Complaint #3 · ACME escalated to you"));
    expect(printed.slice(from)).toContain("→ Steward in Slack, @Fay (direct message)");
  });

  it("tells a stranger (no Teams identity on the roster) that they are not on it", async () => {
    await type(":as Otto");
    expect(await type("customer show ACME")).toContain("not on it yet");
  });

  it("files a complaint through the intake dialog, its fields asked one by one, refusals shown in the dialog", async () => {
    await type(":as Olga");
    const launcher = await type("complaint new ACME");
    const button = /\[(\d+)\] Open the intake form/.exec(launcher)?.[1];
    expect(button).toBeDefined();
    /** Answers one dialog question and returns what was printed until the next one (or the prompt). */
    const answer = async (line: string) => {
      const from = printed.length;
      input.write(`${line}\n`);
      await waitFor(`the console after ${JSON.stringify(line)}`, () => /(: |> )$/.test(printed.slice(from)) && printed.length > from);
      return printed.slice(from);
    };
    expect(await answer(button!)).toContain("New complaint");
    await answer("NOPE"); // customer (ACME shown; typed over)
    await answer("1"); // class: urgent
    await answer("2"); // category: technical
    await answer("The line stopped"); // description
    await answer(""); // came in through (optional)
    await answer("1"); // lead department
    const refused = await answer(""); // cooperating (optional): submitted
    expect(refused).toMatch(/! .*NOPE/);
    expect(await t.db.prisma.complaint.count()).toBe(0);
    await answer("ACME");
    for (const line of ["", "", "", "", "", ""]) await answer(line);
    expect(printed).toContain("for ACME is filed");
    expect(await t.db.prisma.complaint.count()).toBe(1);
  });

  it("records an improvement action's result: the list's button, the launcher, the dialog", async () => {
    const action = await withActor(t.db, "cli:test", async (tx) => {
      const olga = await tx.personIdentity.findUniqueOrThrow({ where: { platform_externalId: { platform: "slack", externalId: "U_OWNER" } } });
      const acme = await tx.customer.findUniqueOrThrow({ where: { key: "ACME" } });
      const assessment = await tx.assessment.create({ data: { customerId: acme.id, assessedOn: new Date("2026-11-01"), needsFit: 7, assessorId: olga.personId, snapshot: {} } });
      return tx.improvementAction.create({
        data: { assessmentId: assessment.id, customerId: acme.id, problem: "slow replies", impact: "high", measure: "daily triage", ownerId: olga.personId, deadline: new Date("2026-12-15") },
      });
    });
    await type(":as Olga");
    const list = await type("customer actions ACME");
    const record = /\[(\d+)\] Record result/.exec(list)?.[1];
    expect(record).toBeDefined();
    const launcher = await type(record!);
    expect(launcher).toContain("(Teams shows: Open the result form with the button Steward just posted.)");
    const open = /\[(\d+)\] Open the result form/.exec(launcher)?.[1];
    expect(open).toBeDefined();
    const from = printed.length;
    input.write(`${open}\n`);
    await waitFor("the dialog's field", () => printed.slice(from).includes("Action result") && /: $/.test(printed.slice(from)));
    expect(await type("triage daily since November, replies within 4 h")).toContain("Result recorded for ACME: slow replies");
    const saved = await t.db.prisma.improvementAction.findUniqueOrThrow({ where: { id: action.id } });
    expect(saved.result).toBe("triage daily since November, replies within 4 h");
    expect(saved.completedBy).toBe("U_OWNER");
  });
});
