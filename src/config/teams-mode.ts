import { ConfigError } from "./config-error.js";
import type { Env } from "./env-schema.js";

export type TeamsMode =
  | {
      kind: "teams";
      clientId: string;
      clientSecret: string;
      tenantId: string;
      port: number;
      openIdMetadataUrl?: string;
      serviceUrlOverride?: string;
    }
  | { kind: "off" };

/** Teams runs when its app registration is configured (client id, secret, tenant), beside Slack or alone. */
export function teamsMode(env: Env): TeamsMode {
  const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenantId } = env;
  if (clientId && clientSecret && tenantId) {
    return {
      kind: "teams",
      clientId,
      clientSecret,
      tenantId,
      port: env.TEAMS_PORT,
      ...(env.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: env.TEAMS_OPENID_METADATA_URL } : {}),
      ...(env.TEAMS_SERVICE_URL_OVERRIDE ? { serviceUrlOverride: env.TEAMS_SERVICE_URL_OVERRIDE } : {}),
    };
  }
  if (clientId || clientSecret || tenantId) {
    const missing = [!clientId && "TEAMS_CLIENT_ID", !clientSecret && "TEAMS_CLIENT_SECRET", !tenantId && "TEAMS_TENANT_ID"].filter(Boolean);
    // Without a secret the SDK would fall back to a managed identity: refuse rather than guess.
    throw new ConfigError([`Teams credentials are incomplete: ${missing.join(", ")} missing. Set all three (README › Connect Microsoft Teams) or none.`]);
  }
  return { kind: "off" };
}
