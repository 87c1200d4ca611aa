import type { App, Middleware, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackEventMiddlewareArgs, SlackShortcutMiddlewareArgs, SlackViewMiddlewareArgs } from "@slack/bolt";

/** Everything the app listens to, by kind — compared with manifest.yml by a test. */
export interface Registrations {
  commands: string[];
  actions: string[];
  shortcuts: string[];
  views: string[];
  events: string[];
}

/**
 * Registers listeners on the Bolt app and remembers what was registered, so the manifest can be
 * checked against the code. Capabilities register through this, never through `app` directly.
 */
export class Registrar {
  readonly registered: Registrations = { commands: [], actions: [], shortcuts: [], views: [], events: [] };

  constructor(private readonly app: App) {}

  command(name: string, listener: Middleware<SlackCommandMiddlewareArgs>): void {
    this.registered.commands.push(name);
    this.app.command(name, listener);
  }

  action(actionId: string, listener: Middleware<SlackActionMiddlewareArgs>): void {
    this.registered.actions.push(actionId);
    this.app.action(actionId, listener);
  }

  shortcut(callbackId: string, listener: Middleware<SlackShortcutMiddlewareArgs>): void {
    this.registered.shortcuts.push(callbackId);
    this.app.shortcut(callbackId, listener);
  }

  view(callbackId: string, listener: Middleware<SlackViewMiddlewareArgs>): void {
    this.registered.views.push(callbackId);
    this.app.view(callbackId, listener);
  }

  event<EventType extends string>(name: EventType, listener: Middleware<SlackEventMiddlewareArgs<EventType>>): void {
    this.registered.events.push(name);
    this.app.event(name, listener);
  }
}
