import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { useTestDatabase } from "../support/use-test-database.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { waitFor } from "../support/wait-for.js";

interface Manifest {
  features: { slash_commands: Array<{ command: string }>; shortcuts?: Array<{ callback_id: string; type: string }>; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { bot_events: string[] }; interactivity: { is_enabled: boolean }; socket_mode_enabled: boolean };
}

const manifest = parse(readFileSync(new URL("../../manifest.yml", import.meta.url), "utf8")) as Manifest;
const t = useTestDatabase();
let steward: TestSteward;

beforeAll(async () => {
  steward = await startTestSteward({ db: t.db });
});
afterAll(async () => {
  await steward.stop();
});

// A `message` listener receives the manifest's message.* subscriptions.
const eventOf = (subscription: string) => subscription.split(".")[0]!;

describe("manifest.yml and the code agree", () => {
  it("declares exactly the slash commands the app registers", () => {
    expect(manifest.features.slash_commands.map((c) => c.command).sort()).toEqual([...steward.app.registered.commands].sort());
  });

  it("declares exactly the shortcuts the app registers", () => {
    expect((manifest.features.shortcuts ?? []).map((s) => s.callback_id).sort()).toEqual([...steward.app.registered.shortcuts].sort());
  });

  it("subscribes to exactly the events the app listens to", () => {
    const subscribed = [...new Set(manifest.settings.event_subscriptions.bot_events.map(eventOf))].sort();
    expect(subscribed).toEqual([...new Set(steward.app.registered.events)].sort());
  });

  it("turns interactivity on because buttons, modals or shortcuts are registered; action ids are unique", () => {
    const { actions, views, shortcuts } = steward.app.registered;
    expect(manifest.settings.interactivity.is_enabled).toBe(actions.length + views.length + shortcuts.length > 0);
    // Slack manifests have no place for action ids: the check is that no two listeners claim one.
    expect(new Set(actions).size).toBe(actions.length);
    expect(new Set(views).size).toBe(views.length);
  });

  it("runs in Socket Mode with App Home on", () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(steward.app.registered.events.includes("app_home_opened"));
  });

  it("asks for the bot scopes of the Web API methods Steward calls, and no others", () => {
    const scopes = manifest.oauth_config.scopes.bot;
    expect(new Set(scopes).size).toBe(scopes.length);
    for (const needed of ["commands", "chat:write", "users:read", "im:write"]) expect(scopes).toContain(needed);
    expect(scopes.filter((scope) => /admin|files|reactions|users:read.email|channels:manage/.test(scope))).toEqual([]);
  });
});

describe("App Home", () => {
  it("publishes the Home tab listing both commands when opened", async () => {
    await steward.client.event({ type: "app_home_opened", user: "U_SOMEONE", channel: "D1", tab: "home" });
    const published = await waitFor("views.publish", () => steward.fake.callsTo("views.publish").at(-1));
    expect(published.args.user_id).toBe("U_SOMEONE");
    const text = JSON.stringify(published.args.view);
    expect(text).toContain("/customer");
    expect(text).toContain("/complaint");
    expect(text).toContain("not on Steward's roster");
  });
});
