import { randomBytes } from "node:crypto";
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from "@slack/bolt";
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from "../config/http-limits.js";
import type { AppDeps } from "./app-deps.js";
import { describeSlackRequest } from "./describe-slack-request.js";
import { answerFailedRequest } from "./http/answer-failed-request.js";
import { startSlackHttpFront } from "./http/slack-http-front.js";
import { registerListeners } from "./listeners.js";
import { Registrar, type Registrations } from "./registrar.js";
import { RequestFailure } from "./request-failure.js";
import { createViewSeal } from "./views/view-seal.js";

export type SlackConnection =
  | { kind: "socket"; botToken: string; appToken: string; port: number }
  | { kind: "http"; botToken: string; signingSecret: string; port: number; host?: string; limits?: HttpLimits };

export interface RunningSlackApp {
  app: App;
  registered: Registrations;
  /** Where Slack (or the console) sends requests in HTTP mode. */
  eventsUrl: string | undefined;
  stop(): Promise<void>;
}

/**
 * Starts the one Bolt app: Socket Mode, or HTTP (`/slack/events`) behind Steward's own front (limits,
 * signature, replay guard: ./http/slack-http-front.ts), with `GET /healthz` answering 200 only while
 * the database answers. `slackApiUrl` points the Web API client elsewhere (the local stand-in, a proxy).
 */
export async function startSlackApp(
  connection: SlackConnection,
  deps: AppDeps,
  slackApiUrl?: string,
): Promise<RunningSlackApp> {
  const clientOptions = slackApiUrl ? { slackApiUrl } : {};
  // Set once the app (and its Web API client) exists; the receiver is built before it.
  let tellUser: (user: string, text: string) => Promise<void> = async () => undefined;
  const receiver =
    connection.kind === "socket"
      ? new SocketModeReceiver({ appToken: connection.appToken, customRoutes: [healthRoute(deps)], installerOptions: { port: connection.port }, logger: deps.logger })
      : new HTTPReceiver({
          signingSecret: connection.signingSecret,
          logger: deps.logger,
          processEventErrorHandler: answerFailedRequest({ logger: deps.logger, tellUser: (user, text) => tellUser(user, text) }),
        });
  // Initialise explicitly: the token check (auth.test) then finishes before start() returns, instead
  // of running on in the background — and retrying for minutes if Steward is stopped at once.
  const app = new App({ token: connection.botToken, receiver, clientOptions, logger: deps.logger, deferInitialization: true, extendedErrorHandler: true });
  await app.init();
  tellUser = async (user, text) => void (await app.client.chat.postMessage({ channel: user, text }));
  const registrar = new Registrar(app);
  registerListeners(registrar, deps, createViewSeal(`${connection.botToken}\n${connection.kind === "http" ? connection.signingSecret : connection.appToken}`));
  // Every failure of a listener is logged here with what the request was; the receiver then answers it.
  app.error(async ({ error, body }: { error: Error; body?: unknown }) => {
    const ref = randomBytes(4).toString("hex");
    const request = (body ?? {}) as Record<string, unknown>;
    deps.logger.error(`request ${ref} failed: ${describeSlackRequest(request)}:`, (error as { original?: unknown }).original ?? error);
    throw new RequestFailure(ref, request, error);
  });

  if (connection.kind === "socket") {
    await app.start();
    return { app, registered: registrar.registered, eventsUrl: undefined, stop: () => app.stop() as Promise<void> };
  }
  // Bolt's receiver is not started (it would open its own server): the front hands it the requests.
  const front = await startSlackHttpFront({
    port: connection.port,
    host: connection.host,
    limits: connection.limits ?? DEFAULT_HTTP_LIMITS,
    signingSecret: connection.signingSecret,
    db: deps.db,
    logger: deps.logger,
    bolt: (receiver as HTTPReceiver).requestListener,
  });
  return { app, registered: registrar.registered, eventsUrl: front.eventsUrl, stop: front.stop };
}

function healthRoute(deps: AppDeps): CustomRoute {
  return {
    path: "/healthz",
    method: ["GET"],
    handler: (_req, res) => {
      void deps.db.isReachable().then((ok) => {
        res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok, database: ok ? "reachable" : "unreachable" }));
      });
    },
  };
}
