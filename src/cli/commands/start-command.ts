import { join } from "node:path";
import { loadConfig } from "../../config/load-config.js";
import { createLogger } from "../../config/create-logger.js";
import { listRosterOverview } from "../../db/people/list-roster-overview.js";
import type { AppDeps } from "../../slack/app-deps.js";
import { startSlackApp } from "../../slack/start-slack-app.js";
import type { CliCommand } from "../cli-command.js";
import { openStore } from "../open-store.js";
import { stewardJobs } from "../steward-jobs.js";
import { startStewardScheduler } from "../../scheduler/start-steward-scheduler.js";
import { createSlackDeliveryPort } from "../../slack/delivery/slack-delivery-port.js";
import { parseCliArgs } from "../parse-cli-args.js";
import { installProcessGuards } from "../install-process-guards.js";
import { countOf } from "../../domain/text/count-of.js";
import { InputError } from "../input-error.js";

const help = `Usage: steward start [--platform slack|teams]

Runs Steward: the Slack bot, the Microsoft Teams bot (or both) and the scheduler.
  - Database: DATABASE_URL (PostgreSQL), else the embedded store in STEWARD_DATA_DIR (default .steward/).
    Migrations are applied on start.
  - Slack: SLACK_BOT_TOKEN + SLACK_APP_TOKEN → Socket Mode; SLACK_BOT_TOKEN + SLACK_SIGNING_SECRET → HTTP on
    PORT (default 3000, /slack/events, /healthz), with the limits STEWARD_HTTP_* (see README). With no Slack
    credentials: the local console, a terminal that behaves like Slack (type :help there).
  - Teams: TEAMS_CLIENT_ID + TEAMS_CLIENT_SECRET + TEAMS_TENANT_ID → POST /api/messages on TEAMS_PORT
    (default 3978), beside Slack or alone. With no credentials at all, --platform teams makes the local
    console behave like Teams instead of Slack.
  - Team settings: STEWARD_CONFIG names a YAML file overriding the playbook defaults.`;

export const startCommand: CliCommand = {
  help,
  async run(argv) {
    const { values } = parseCliArgs(argv, { platform: { type: "string" } }, help);
    const platform = values.platform ?? "slack";
    if (platform !== "slack" && platform !== "teams") throw new InputError(`--platform: "${platform}" is not slack or teams, e.g. steward start --platform teams\n\n${help}`);
    const config = loadConfig(process.env);
    const consoleMode = config.slack.kind === "console" && config.teams.kind === "off";
    const logger = createLogger(config.env.STEWARD_LOG_LEVEL, consoleMode ? join(config.env.STEWARD_DATA_DIR, "steward.log") : undefined);
    const say = (line: string) => (consoleMode ? console.log(line) : logger.info(line));
    installProcessGuards(logger);
    const { db, applied } = await openStore(config.env);
    say(`Steward: ${db.kind === "embedded" ? "embedded store in" : "PostgreSQL at"} ${db.location}${applied.length ? ` (applied ${countOf(applied.length, "migration")})` : ""}.`);
    // The example roster (with the importer) and the local console are loaded only where they are
    // used: a server replica would otherwise hold their code for its whole life.
    if (db.kind === "embedded") {
      const { loadExampleRoster } = await import("../../db/import/load-example-roster.js");
      const loaded = await loadExampleRoster(db, config.clock.now(), config.settings);
      if (loaded) say(loaded);
    }

    if (consoleMode) {
      const [{ ShiftedClock }, { runLocalConsole }, { startLocalSlack }, { describeConsolePerson }, { ConsoleTimeFile }] = await Promise.all([
        import("../../domain/calendar/shifted-clock.js"),
        import("../../console/local-console.js"),
        import("../../console/start-local-slack.js"),
        import("../../console/describe-console-person.js"),
        import("../../console/console-time-file.js"),
      ]);
      // The console moves time with :advance, starting from the configured clock's now — or from where
      // the last console session left it (carried on since), whichever is later.
      const timeFile = new ConsoleTimeFile(config.env.STEWARD_DATA_DIR);
      const realNow = Date.now();
      const clock = new ShiftedClock(timeFile.startAt(config.clock.now(), realNow), realNow);
      const deps: AppDeps = { db, settings: config.settings, clock, logger };
      const slack = await startLocalSlack(deps);
      // The console speaks Slack: it knows the people who have a Slack identity.
      const roster = (await listRosterOverview(db)).flatMap((person) => (person.ids.slack ? [{ ...person, slackUserId: person.ids.slack }] : []));
      for (const person of roster) slack.fake.addUser({ id: person.slackUserId, name: person.name, tz: person.timeZone ?? undefined });
      const people = roster.map((person) => ({ slackUserId: person.slackUserId, name: person.name, summary: describeConsolePerson(person) }));
      const actingAs = people.find((_, i) => roster[i]!.roles.includes("admin")) ?? people[0] ?? { slackUserId: "U0CONSOLE", name: "you" };
      // As Teams, the console also runs the Teams app with its stand-in Bot Connector, which `teams:` deliveries
      // reach, and its stand-in Graph, where urgent teams are group chats.
      const local = platform === "teams" ? await (await import("../../console/start-local-teams.js")).startLocalTeams(deps, 0, { groupChats: true }) : undefined;
      const teamsPort = local
        ? (await import("../../teams/delivery/teams-delivery-port.js")).createTeamsDeliveryPort({ app: local.teams.app, db, logger, serviceUrlOverride: local.connector.url })
        : undefined;
      const scheduler = startStewardScheduler({
        db,
        settings: config.settings,
        logger,
        ports: { slack: createSlackDeliveryPort({ token: "xoxb-local-console", slackApiUrl: slack.fake.apiUrl }), ...(teamsPort ? { teams: teamsPort } : {}) },
        jobs: stewardJobs(db, slack.app.app.client, config.settings, teamsPort),
      });
      if (local) {
        const [{ runLocalTeamsConsole, consoleTeamsPerson }, { listTeamsIdentities }] = await Promise.all([
          import("../../console/local-teams-console.js"),
          import("../../db/people/list-teams-identities.js"),
        ]);
        say(`No Teams credentials: this is the local console, as Teams (logs in ${join(config.env.STEWARD_DATA_DIR, "steward.log")}).`);
        scheduler.start(clock);
        await runLocalTeamsConsole({
          local,
          clock,
          people: (await listTeamsIdentities(db)).map(consoleTeamsPerson),
          advanceTo: async (to) => void (await scheduler.advanceTo(to, clock)),
          slack: slack.fake,
          input: process.stdin,
          output: process.stdout,
        });
        timeFile.save(clock.now(), Date.now());
        process.stdin.destroy();
        await scheduler.stop();
        await local.stop();
        await slack.stop();
        await db.close();
        return 0;
      }
      say(`No Slack credentials: this is the local console (logs in ${join(config.env.STEWARD_DATA_DIR, "steward.log")}).`);
      await runLocalConsole({
        fake: slack.fake,
        client: slack.client,
        app: slack.app,
        clock,
        people,
        actingAs,
        advanceTo: async (to) => void (await scheduler.advanceTo(to, clock)),
        onReady: () => scheduler.start(clock),
        onTimeMoved: (now) => {
          try {
            timeFile.save(now, Date.now());
          } catch (error) {
            logger.warn(`the console's time was not saved in ${config.env.STEWARD_DATA_DIR}: ${String(error)}`);
          }
        },
        input: process.stdin,
        output: process.stdout,
      });
      // The console is over: stop reading the terminal, or a paused stdin keeps the process alive.
      process.stdin.destroy();
      await scheduler.stop();
      await slack.stop();
      await db.close();
      return 0;
    }

    const deps: AppDeps = { db, settings: config.settings, clock: config.clock, logger };
    const teamsConfig = config.teams;
    const teams =
      teamsConfig.kind === "teams"
        ? // The Teams SDK is loaded only where Teams is configured: a Slack-only replica does not hold it.
          await (await import("../../teams/start-teams-app.js")).startTeamsApp({ ...teamsConfig, host: "0.0.0.0" }, deps)
        : undefined;
    if (config.slack.kind === "console") {
      // Teams alone (without Teams this is the console, above): the same scheduler, with Teams as its only
      // platform. Rows for a Slack address (someone with only a Slack id) stay in the ledger, failed with a
      // retry, until a replica with Slack runs.
      const teamsApp = teams!;
      const stopRequested = new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      const teamsPort = (await import("../../teams/delivery/teams-delivery-port.js")).createTeamsDeliveryPort({ app: teamsApp.app, db, logger, serviceUrlOverride: config.env.TEAMS_SERVICE_URL_OVERRIDE });
      const scheduler = startStewardScheduler({ db, settings: config.settings, logger, ports: { teams: teamsPort }, jobs: stewardJobs(db, null, config.settings, teamsPort), clock: config.clock });
      logger.info(`Steward is running (Teams on port ${config.env.TEAMS_PORT}, ${teamsApp.messagesUrl}).`);
      await stopRequested;
      logger.info("Stopping…");
      await scheduler.stop();
      await teamsApp.stop();
      await db.close();
      return 0;
    }
    const connection =
      config.slack.kind === "socket"
        ? { ...config.slack, port: config.env.PORT }
        : {
            ...config.slack,
            host: "0.0.0.0",
            limits: {
              bodyLimitBytes: config.env.STEWARD_HTTP_BODY_LIMIT_BYTES,
              maxConnections: config.env.STEWARD_HTTP_MAX_CONNECTIONS,
              headersTimeoutMs: config.env.STEWARD_HTTP_HEADERS_TIMEOUT_MS,
              requestTimeoutMs: config.env.STEWARD_HTTP_REQUEST_TIMEOUT_MS,
              idleTimeoutMs: config.env.STEWARD_HTTP_IDLE_TIMEOUT_MS,
            },
          };
    const slack = await startSlackApp(connection, deps, config.env.SLACK_API_URL);
    // Listen for the stop signal before anything announces that Steward runs, so none is missed —
    // but only once Slack has started: a stop while Bolt still retries its token check (Slack
    // unreachable) ends the process at once instead of being held until that gives up.
    const stopRequested = new Promise<void>((resolve) => {
      process.once("SIGINT", resolve);
      process.once("SIGTERM", resolve);
    });
    // `teams:` recipients (people and channels with a Teams address) go through the conversations Steward was installed in.
    const teamsPort = teams
      ? (await import("../../teams/delivery/teams-delivery-port.js")).createTeamsDeliveryPort({ app: teams.app, db, logger, serviceUrlOverride: config.env.TEAMS_SERVICE_URL_OVERRIDE })
      : undefined;
    const scheduler = startStewardScheduler({
      db,
      settings: config.settings,
      logger,
      ports: {
        slack: createSlackDeliveryPort({ token: config.slack.botToken, slackApiUrl: config.env.SLACK_API_URL }),
        ...(teamsPort ? { teams: teamsPort } : {}),
      },
      jobs: stewardJobs(db, slack.app.client, config.settings, teamsPort),
      clock: config.clock,
    });
    logger.info(`Steward is running (${config.slack.kind === "socket" ? "Socket Mode" : `HTTP on port ${config.env.PORT}`}${teams ? `, Teams on port ${config.env.TEAMS_PORT}` : ""}).`);
    await stopRequested;
    logger.info("Stopping…");
    await scheduler.stop();
    await teams?.stop();
    await slack.stop();
    await db.close();
    return 0;
  },
};
