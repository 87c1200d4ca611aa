import type { TeamsDeps } from "../teams/teams-deps.js";
import { type RunningTeamsApp, startTeamsApp } from "../teams/start-teams-app.js";
import { LocalBotConnector } from "./local-bot-connector.js";
import { LocalGraph } from "./local-graph.js";

/** The local Teams app registration: ids that only exist here. */
export const LOCAL_TEAMS = {
  clientId: "00000000-0000-4000-8000-00000000b07d",
  tenantId: "00000000-0000-4000-8000-0000000a7e57",
  /** Steward's id in the local "app catalog", which the stand-in Graph installs into group chats. */
  appCatalogId: "00000000-0000-4000-8000-0000000ca7a1",
} as const;

export interface LocalTeams {
  teams: RunningTeamsApp;
  connector: LocalBotConnector;
  graph: LocalGraph;
  stop(): Promise<void>;
}

/**
 * The real Teams app on a loopback port, with the stand-in Bot Connector: its keys are the ones the
 * app validates incoming tokens against, and it is where every reply goes. Outgoing bot tokens come
 * from the stand-in too, so nothing leaves this machine (no Entra ID, no managed identity), and Graph
 * calls go to a stand-in Graph; `groupChats` makes urgent teams group chats there, as TEAMS_GROUP_CHATS=1 does.
 */
export async function startLocalTeams(deps: TeamsDeps, port = 0, options: { groupChats?: boolean } = {}): Promise<LocalTeams> {
  const connector = await new LocalBotConnector(LOCAL_TEAMS.clientId).start();
  const graph = await new LocalGraph().start();
  const teams = await startTeamsApp(
    {
      clientId: LOCAL_TEAMS.clientId,
      tenantId: LOCAL_TEAMS.tenantId,
      graphUrlOverride: graph.url,
      ...(options.groupChats ? { groupChats: { appCatalogId: LOCAL_TEAMS.appCatalogId } } : {}),
      token: () => connector.issueToken({ audience: "https://api.botframework.com" }),
      port,
      openIdMetadataUrl: connector.openIdMetadataUrl,
      serviceUrlOverride: connector.url,
    },
    deps,
  );
  return {
    teams,
    connector,
    graph,
    stop: async () => {
      await teams.stop();
      await connector.stop();
      await graph.stop();
    },
  };
}
