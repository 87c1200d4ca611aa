import { PassThrough } from "node:stream";
import type { TeamSettings } from "../../src/config/team-settings.js";
import { describeConsolePerson } from "../../src/console/describe-console-person.js";
import { runLocalConsole } from "../../src/console/local-console.js";
import type { Database } from "../../src/db/database.js";
import { listRosterOverview } from "../../src/db/people/list-roster-overview.js";
import type { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { startStewardScheduler } from "../../src/scheduler/start-steward-scheduler.js";
import { createSlackDeliveryPort } from "../../src/slack/delivery/slack-delivery-port.js";
import { stewardJobs } from "../../src/cli/steward-jobs.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { waitFor } from "../support/wait-for.js";

export interface ConsoleSession {
  steward: TestSteward;
  /** Types one line and waits until the console asks for the next; returns what it printed meanwhile. */
  type(line: string): Promise<string>;
  /** Everything the console printed so far. */
  output(): string;
  quit(): Promise<void>;
}

/**
 * The local console as `steward start` wires it — the real Bolt app over signed HTTP, the stand-in
 * Web API, the scheduler with every job — on a test database and a manual clock, typed into line by line.
 */
export async function startConsoleSession(options: { db: Database; clock: ManualClock; settings: TeamSettings; actAs: string }): Promise<ConsoleSession> {
  const { db, clock, settings } = options;
  const steward = await startTestSteward({ db, clock, settings });
  // The console speaks Slack: it knows the people who have a Slack identity.
  const roster = (await listRosterOverview(db)).flatMap((person) => (person.ids.slack ? [{ ...person, slackUserId: person.ids.slack }] : []));
  for (const person of roster) steward.fake.addUser({ id: person.slackUserId, name: person.name, tz: person.timeZone ?? undefined });
  const people = roster.map((person) => ({ slackUserId: person.slackUserId, name: person.name, summary: describeConsolePerson(person) }));
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const scheduler = startStewardScheduler({
    db,
    settings,
    logger: quiet,
    ports: { slack: createSlackDeliveryPort({ token: "xoxb-local-console", slackApiUrl: steward.fake.apiUrl }) },
    jobs: stewardJobs(db, steward.app.app.client, settings),
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = "";
  output.on("data", (chunk: Buffer) => (printed += chunk.toString("utf8")));
  const done = runLocalConsole({
    fake: steward.fake,
    client: steward.client,
    app: steward.app,
    clock,
    people,
    actingAs: people.find((p) => p.slackUserId === options.actAs)!,
    advanceTo: async (to) => void (await scheduler.advanceTo(to, clock)),
    onReady: () => undefined,
    input,
    output,
  });
  // A prompt is the only output not ending in a line break: the console waits for input.
  const prompting = (from: number) => printed.length > from && !printed.endsWith("\n");
  await waitFor("the first prompt", () => prompting(0));
  return {
    steward,
    output: () => printed,
    async type(line) {
      const from = printed.length;
      input.write(`${line}\n`);
      await waitFor(`the console to answer "${line}"`, () => prompting(from), 30_000);
      return printed.slice(from);
    },
    async quit() {
      input.end(":quit\n");
      await done;
      await scheduler.stop();
      await steward.stop();
    },
  };
}
