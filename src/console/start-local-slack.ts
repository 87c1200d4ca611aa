import { randomBytes } from "node:crypto";
import type { AppDeps } from "../slack/app-deps.js";
import { type RunningSlackApp, startSlackApp } from "../slack/start-slack-app.js";
import { FakeSlackApi } from "./fake-slack-api.js";
import { SignedSlackClient } from "./signed-slack-client.js";

export interface LocalSlack {
  fake: FakeSlackApi;
  app: RunningSlackApp;
  client: SignedSlackClient;
  signingSecret: string;
  stop(): Promise<void>;
}

/**
 * The production Bolt app in HTTP mode on a loopback port, talking to the local stand-in Web API,
 * with a client that signs requests as Slack would: the local console's and the tests' Slack.
 */
export async function startLocalSlack(deps: AppDeps, fake?: FakeSlackApi): Promise<LocalSlack> {
  const api = fake ?? (await new FakeSlackApi().start());
  const signingSecret = randomBytes(16).toString("hex");
  const app = await startSlackApp(
    { kind: "http", botToken: "xoxb-local-console", signingSecret, port: 0, host: "127.0.0.1" },
    deps,
    api.apiUrl,
  );
  const client = new SignedSlackClient({ eventsUrl: app.eventsUrl!, signingSecret, responseUrl: () => api.responseUrl() });
  return {
    fake: api,
    app,
    client,
    signingSecret,
    async stop() {
      await app.stop();
      if (!fake) await api.stop();
    },
  };
}
