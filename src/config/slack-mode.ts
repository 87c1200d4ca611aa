import type { Env } from "./env-schema.js";
import { ConfigError } from "./config-error.js";

export type SlackMode =
  | { kind: "socket"; botToken: string; appToken: string }
  | { kind: "http"; botToken: string; signingSecret: string; port: number }
  | { kind: "console" };

/** Socket Mode with an app token, HTTP with a signing secret, the local console with neither. */
export function slackMode(env: Env): SlackMode {
  const { SLACK_BOT_TOKEN: botToken, SLACK_APP_TOKEN: appToken, SLACK_SIGNING_SECRET: signingSecret } = env;
  if (botToken && appToken) return { kind: "socket", botToken, appToken };
  if (botToken && signingSecret) return { kind: "http", botToken, signingSecret, port: env.PORT };
  if (botToken || appToken || signingSecret) {
    throw new ConfigError([
      "Slack credentials are incomplete: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or with " +
        "SLACK_SIGNING_SECRET (HTTP mode), or none of them to use the local console.",
    ]);
  }
  return { kind: "console" };
}
