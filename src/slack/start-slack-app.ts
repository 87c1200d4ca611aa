import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from "@slack/bolt";
import type { AppDeps } from "./app-deps.js";
import { registerListeners } from "./listeners.js";
import { Registrar, type Registrations } from "./registrar.js";
import { createViewSeal } from "./views/view-seal.js";

export type SlackConnection =
  | { kind: "socket"; botToken: string; appToken: string; port: number }
  | { kind: "http"; botToken: string; signingSecret: string; port: number; host?: string };

export interface RunningSlackApp {
  app: App;
  registered: Registrations;
  /** Where Slack (or the console) sends requests in HTTP mode. */
  eventsUrl: string | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the one Bolt app: Socket Mode or HTTP (`/slack/events`), with `GET /healthz` answering
 * 200 only while the database answers. `slackApiUrl` points the Web API client elsewhere
 * (the local stand-in, a proxy).
 */
export async function startSlackApp(
  connection: SlackConnection,
  deps: AppDeps,
  slackApiUrl?: string,
): Promise<RunningSlackApp> {
  const customRoutes: CustomRoute[] = [
    {
      path: "/healthz",
      method: ["GET"],
      handler: (_req, res) => {
        void deps.db.isReachable().then((ok) => {
          res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok, database: ok ? "reachable" : "unreachable" }));
        });
      },
    },
  ];
  const clientOptions = slackApiUrl ? { slackApiUrl } : {};
  const receiver =
    connection.kind === "socket"
      ? new SocketModeReceiver({ appToken: connection.appToken, customRoutes, installerOptions: { port: connection.port }, logger: deps.logger })
      : new HTTPReceiver({ signingSecret: connection.signingSecret, customRoutes, logger: deps.logger });
  // Initialise explicitly: the token check (auth.test) then finishes before start() returns, instead
  // of running on in the background — and retrying for minutes if Steward is stopped at once.
  const app = new App({ token: connection.botToken, receiver, clientOptions, logger: deps.logger, deferInitialization: true });
  await app.init();
  const registrar = new Registrar(app);
  registerListeners(registrar, deps, createViewSeal(`${connection.botToken}\n${connection.kind === "http" ? connection.signingSecret : connection.appToken}`));
  app.error(async (error) => {
    deps.logger.error("unhandled listener error", error);
  });

  let eventsUrl: string | undefined;
  if (connection.kind === "http") {
    const server = (await app.start({ port: connection.port, host: connection.host })) as Server;
    const address = server.address() as AddressInfo;
    eventsUrl = `http://${connection.host ?? "127.0.0.1"}:${address.port}/slack/events`;
  } else {
    await app.start();
  }
  return { app, registered: registrar.registered, eventsUrl, stop: () => app.stop() as Promise<void> };
}
