import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Clock, systemClock } from "../domain/calendar/clock.js";
import { ShiftedClock } from "../domain/calendar/shifted-clock.js";
import { ConfigError } from "./config-error.js";
import { describeZodIssues } from "./describe-zod-issues.js";
import { type Env, envSchema } from "./env-schema.js";
import { type SlackMode, slackMode } from "./slack-mode.js";
import { type TeamSettings, teamSettingsSchema } from "./team-settings.js";
import { type TeamsMode, teamsMode } from "./teams-mode.js";

export interface Config {
  env: Env;
  slack: SlackMode;
  teams: TeamsMode;
  settings: TeamSettings;
  /** Where every command takes "now" from: the system clock, or STEWARD_START_TIME's (tests). */
  clock: Clock;
}

/** Reads and validates everything once at boot; a problem throws ConfigError listing every issue. */
export function loadConfig(source: NodeJS.ProcessEnv): Config {
  const parsedEnv = envSchema.safeParse(source);
  if (!parsedEnv.success) throw new ConfigError(describeZodIssues(parsedEnv.error));
  const env = parsedEnv.data;
  // The start time is what the clock showed when the process started (not when this line ran), so
  // replicas spawned together share one timeline however long each took to boot: their claim
  // timeouts compare instants of the same clock.
  const clock = env.STEWARD_START_TIME ? new ShiftedClock(new Date(env.STEWARD_START_TIME), performance.timeOrigin) : systemClock;
  return { env, slack: slackMode(env), teams: teamsMode(env), settings: loadTeamSettings(env.STEWARD_CONFIG), clock };
}

// The YAML parser is required only when there is a settings file, so a Steward running on the
// playbook's defaults does not hold it; a synchronous require keeps start-up validation in one pass.
const parseYaml = (text: string): unknown => (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text);

export function loadTeamSettings(file: string | undefined): TeamSettings {
  let raw: unknown = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      throw new ConfigError([`STEWARD_CONFIG: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})`]);
    }
    try {
      raw = parseYaml(text) ?? {};
    } catch (error) {
      throw new ConfigError([`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`]);
    }
  }
  const parsed = teamSettingsSchema.safeParse(raw);
  if (!parsed.success) throw new ConfigError(describeZodIssues(parsed.error, file ?? "settings"));
  return parsed.data;
}
