import { z } from "zod";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL URL, e.g. postgresql://user:password@127.0.0.1:5432/steward");

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

/** The environment Steward reads, once, at boot. Secrets come only from here. */
export const envSchema = z.object({
  DATABASE_URL: optional(postgresUrl),
  STEWARD_DATA_DIR: z.string().min(1).default(".steward"),
  STEWARD_CONFIG: optional(z.string().min(1)),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, "must be a bot token starting with xoxb- (Slack app › OAuth & Permissions)")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, "must be an app-level token starting with xapp- (Slack app › Basic Information › App-Level Tokens)")),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-zA-Z]{16,}$/, "must be the app's signing secret (Slack app › Basic Information), 16+ letters and digits")),
  SLACK_API_URL: optional(z.url({ message: "must be a URL ending in /api/, e.g. https://slack.com/api/" })),
  PORT: z.coerce.number({ message: "must be a port number, e.g. 3000" }).int().min(1).max(65535).default(3000),
  STEWARD_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Test-only: the process's clock showed this instant when the process started and runs on at the
  // real pace, so a test that starts real processes controls their "today" (no test may depend on the
  // date it runs).
  STEWARD_START_TIME: optional(
    z.iso.datetime({ offset: true, message: "must be an ISO instant with its offset, e.g. 2026-11-18T09:30:00Z" }),
  ),
});

export type Env = z.infer<typeof envSchema>;
