import { z } from "zod";
import { DEFAULT_HTTP_LIMITS } from "./http-limits.js";

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\/\S+$/, "must be a PostgreSQL URL, e.g. postgresql://user:password@127.0.0.1:5432/steward");

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const whole = (example: string, min: number, max: number) =>
  z.coerce.number({ message: `must be ${example}` }).int(`must be a whole number: ${example}`).min(min).max(max);

/** The environment Steward reads, once, at boot. Secrets come only from here. */
export const envSchema = z.object({
  DATABASE_URL: optional(postgresUrl),
  STEWARD_DATA_DIR: z.string().min(1).default(".steward"),
  STEWARD_CONFIG: optional(z.string().min(1)),
  SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-\S+$/, "must be a bot token starting with xoxb- (Slack app › OAuth & Permissions)")),
  SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-\S+$/, "must be an app-level token starting with xapp- (Slack app › Basic Information › App-Level Tokens)")),
  SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-zA-Z]{16,}$/, "must be the app's signing secret (Slack app › Basic Information), 16+ letters and digits")),
  SLACK_API_URL: optional(z.url({ message: "must be a URL ending in /api/, e.g. https://slack.com/api/" })),
  // Microsoft Teams (src/config/teams-mode.ts): the bot's Entra app registration; all three, or none.
  TEAMS_CLIENT_ID: optional(z.guid({ message: "must be the bot's Microsoft App ID, a GUID (Azure portal › Azure Bot › Configuration)" })),
  TEAMS_CLIENT_SECRET: optional(z.string().min(1)),
  TEAMS_TENANT_ID: optional(z.guid({ message: "must be your Entra tenant id, a GUID (Azure portal › Microsoft Entra ID › Overview)" })),
  TEAMS_PORT: z.coerce.number({ message: "must be a port number, e.g. 3978" }).int().min(1).max(65535).default(3978),
  // Where the Bot Connector's signing keys are published; only a test or a sovereign cloud changes it.
  TEAMS_OPENID_METADATA_URL: optional(z.url({ message: "must be a URL, e.g. https://login.botframework.com/v1/.well-known/openidconfiguration" })),
  // Sends every outgoing Teams call to this Bot Connector instead of the conversation's own (tests, a proxy).
  TEAMS_SERVICE_URL_OVERRIDE: optional(z.url({ message: "must be a URL, e.g. http://127.0.0.1:3979" })),
  // Urgent complaints' temporary teams as Teams group chats through Microsoft Graph: set once the admin
  // granted the application permissions (README › Connect Microsoft Teams); else they are channel threads.
  TEAMS_GROUP_CHATS: z.enum(["0", "1"], { message: "must be 1 (urgent teams are Graph group chats) or 0 (threads in the lead channel)" }).default("0"),
  // Steward's id in the organisation's app catalog, which Graph installs into each group chat.
  TEAMS_APP_CATALOG_ID: optional(z.guid({ message: "must be Steward's app id in your org's app catalog, a GUID (Teams admin center › Manage apps › Steward › App ID)" })),
  // Sends Microsoft Graph calls to this root instead of https://graph.microsoft.com (tests, the console's stand-in).
  TEAMS_GRAPH_URL_OVERRIDE: optional(z.url({ message: "must be a URL, e.g. http://127.0.0.1:3980" })),
  PORT: z.coerce.number({ message: "must be a port number, e.g. 3000" }).int().min(1).max(65535).default(3000),
  STEWARD_LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  // Test-only: the process's clock showed this instant when the process started and runs on at the
  // real pace, so a test that starts real processes controls their "today" (no test may depend on the
  // date it runs).
  STEWARD_START_TIME: optional(
    z.iso.datetime({ offset: true, message: "must be an ISO instant with its offset, e.g. 2026-11-18T09:30:00Z" }),
  ),
  // HTTP mode's front door (src/config/http-limits.ts, docs/security.md): Slack's payloads are small and
  // arrive in one go, so these limits only ever cut off what is not Slack.
  STEWARD_HTTP_BODY_LIMIT_BYTES: whole("a number of bytes, e.g. 262144", 1024, 4 * 1024 * 1024).default(DEFAULT_HTTP_LIMITS.bodyLimitBytes),
  STEWARD_HTTP_MAX_CONNECTIONS: whole("a number of connections, e.g. 200", 1, 100_000).default(DEFAULT_HTTP_LIMITS.maxConnections),
  STEWARD_HTTP_HEADERS_TIMEOUT_MS: whole("milliseconds, e.g. 5000", 100, 120_000).default(DEFAULT_HTTP_LIMITS.headersTimeoutMs),
  STEWARD_HTTP_REQUEST_TIMEOUT_MS: whole("milliseconds, e.g. 10000", 100, 300_000).default(DEFAULT_HTTP_LIMITS.requestTimeoutMs),
  STEWARD_HTTP_IDLE_TIMEOUT_MS: whole("milliseconds, e.g. 5000", 100, 120_000).default(DEFAULT_HTTP_LIMITS.idleTimeoutMs),
});

export type Env = z.infer<typeof envSchema>;
