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
      /** Urgent teams as Graph group chats (TEAMS_GROUP_CHATS=1), installing this catalog app into each. */
      groupChats?: { appCatalogId: string };
      graphUrlOverride?: string;
    }
  | { kind: "off" };

/** Teams runs when its app registration is configured (client id, secret, tenant), beside Slack or alone. */
export function teamsMode(env: Env): TeamsMode {
  const { TEAMS_CLIENT_ID: clientId, TEAMS_CLIENT_SECRET: clientSecret, TEAMS_TENANT_ID: tenantId } = env;
  if (clientId && clientSecret && tenantId) {
    if (env.TEAMS_GROUP_CHATS === "1" && !env.TEAMS_APP_CATALOG_ID) {
      throw new ConfigError(["TEAMS_GROUP_CHATS=1 needs TEAMS_APP_CATALOG_ID: Steward's app id in your org's app catalog (Teams admin center › Manage apps › Steward), which Graph installs into each group chat. Set it, or TEAMS_GROUP_CHATS=0 for threads in the lead channel."]);
    }
    return {
      kind: "teams",
      clientId,
      clientSecret,
      tenantId,
      port: env.TEAMS_PORT,
      ...(env.TEAMS_OPENID_METADATA_URL ? { openIdMetadataUrl: env.TEAMS_OPENID_METADATA_URL } : {}),
      ...(env.TEAMS_SERVICE_URL_OVERRIDE ? { serviceUrlOverride: env.TEAMS_SERVICE_URL_OVERRIDE } : {}),
      ...(env.TEAMS_GROUP_CHATS === "1" && env.TEAMS_APP_CATALOG_ID ? { groupChats: { appCatalogId: env.TEAMS_APP_CATALOG_ID } } : {}),
      ...(env.TEAMS_GRAPH_URL_OVERRIDE ? { graphUrlOverride: env.TEAMS_GRAPH_URL_OVERRIDE } : {}),
    };
  }
  if (clientId || clientSecret || tenantId) {
    const missing = [!clientId && "TEAMS_CLIENT_ID", !clientSecret && "TEAMS_CLIENT_SECRET", !tenantId && "TEAMS_TENANT_ID"].filter(Boolean);
    // Without a secret the SDK would fall back to a managed identity: refuse rather than guess.
    throw new ConfigError([`Teams credentials are incomplete: ${missing.join(", ")} missing. Set all three (README › Connect Microsoft Teams) or none.`]);
  }
  return { kind: "off" };
}
