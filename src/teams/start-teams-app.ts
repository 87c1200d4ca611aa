import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { PUBLIC, withOverrides } from "@microsoft/teams.api";
import { App, ExpressAdapter } from "@microsoft/teams.apps";
import type { TeamsDeps } from "./teams-deps.js";
import { type GroupChatsSetting, registerTeamsListeners, type TeamsRegistrations } from "./register-teams-listeners.js";
import { teamsLogger } from "./teams-logger.js";

export interface TeamsConnection {
  clientId: string;
  tenantId: string;
  /** Production: the app registration's secret (the SDK gets bot tokens from Entra ID with it). */
  clientSecret?: string;
  /**
   * Tests and the console: where outgoing bot tokens come from instead of Entra ID. Without a secret
   * or this, the SDK would try a managed identity (169.254.169.254), so one of the two is required.
   */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  port: number;
  host?: string;
  /** The Bot Connector's OpenID metadata (its signing keys sit beside it at `/keys`). */
  openIdMetadataUrl?: string;
  /** Every outgoing call goes here instead of the conversation's own Bot Connector. */
  serviceUrlOverride?: string;
  /** Urgent teams as group chats through Microsoft Graph (the admin granted the permissions). */
  groupChats?: GroupChatsSetting;
  /** Graph calls go to this root instead of https://graph.microsoft.com (a stand-in: tests, the console). */
  graphUrlOverride?: string;
}

export interface RunningTeamsApp {
  app: App;
  registered: TeamsRegistrations;
  /** Where Teams (or the console, or a test) posts activities: `http://host:port/api/messages`. */
  messagesUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts the Teams bot: the SDK's App on its own HTTP server at `POST /api/messages`, where every
 * activity must carry a Bot Connector JWT (RS256, issuer api.botframework.com, audience the client id,
 * keys from the configured OpenID metadata, `serviceurl` claim equal to the activity's) — anything
 * else is answered 401 by the SDK before a handler runs. `GET /healthz` answers while the database does.
 */
export async function startTeamsApp(connection: TeamsConnection, deps: TeamsDeps): Promise<RunningTeamsApp> {
  if (!connection.clientSecret && !connection.token) throw new Error("startTeamsApp needs a client secret or a token source");
  const server: Server = createServer();
  const adapter = new ExpressAdapter(server, { logger: teamsLogger(deps.logger, "teams/http") });
  const app = new App({
    clientId: connection.clientId,
    tenantId: connection.tenantId,
    ...(connection.clientSecret ? { clientSecret: connection.clientSecret } : { token: connection.token }),
    httpServerAdapter: adapter,
    logger: teamsLogger(deps.logger),
    // The app's Graph client routes by the cloud's Graph scope (its token is asked for that resource too).
    cloud: withOverrides(PUBLIC, {
      ...(connection.openIdMetadataUrl ? { openIdMetadataUrl: connection.openIdMetadataUrl } : {}),
      ...(connection.graphUrlOverride ? { graphScope: `${connection.graphUrlOverride.replace(/\/+$/, "")}/.default` } : {}),
    }),
    ...(connection.serviceUrlOverride ? { serviceUrl: connection.serviceUrlOverride } : {}),
    // Mentions stay in the text: the message listener drops the bot's own and reads the others (teamsMentionsAsTokens).
    // Explicit, so an environment variable of the same name can never turn authentication off.
    dangerouslyAllowUnauthenticatedRequests: false,
  });
  adapter.get("/healthz", (_req, res) => {
    void deps.db.isReachable().then((ok) => res.status(ok ? 200 : 503).json({ ok, database: ok ? "reachable" : "unreachable" }));
  });
  // Sealed dialog state must open on every replica: the key derives from the secret they share.
  const registered = registerTeamsListeners(app, deps, {
    sealSecret: `teams\n${connection.clientId}\n${connection.clientSecret ?? "local"}`,
    ...(connection.serviceUrlOverride ? { serviceUrlOverride: connection.serviceUrlOverride } : {}),
    ...(connection.groupChats ? { groupChats: connection.groupChats } : {}),
  });
  await app.initialize();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(connection.port, connection.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = connection.host && connection.host !== "0.0.0.0" ? connection.host : "127.0.0.1";
  return {
    app,
    registered,
    messagesUrl: `http://${host}:${port}/api/messages`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
