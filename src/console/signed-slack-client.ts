import { createHmac, randomBytes } from "node:crypto";

export interface SignedResponse {
  status: number;
  /** The parsed JSON body (an ack payload), or the raw text when it is not JSON. */
  body: unknown;
}

export interface SignedSlackClientOptions {
  /** Where Bolt's HTTP receiver listens, e.g. http://127.0.0.1:3000/slack/events */
  eventsUrl: string;
  signingSecret: string;
  /** Hands out response_url values (the fake Slack API's). */
  responseUrl: () => string;
  teamId?: string;
}

export interface ActionInput {
  userId: string;
  actionId: string;
  value?: string;
  blockId?: string;
  /** Where the pressed button's message is; omitted for buttons inside a modal. */
  channelId?: string;
  messageTs?: string;
  /** For a button in a modal. */
  view?: Record<string, unknown>;
  selectedOption?: { value: string; text?: string };
}

export interface ViewSubmissionInput {
  userId: string;
  callbackId: string;
  privateMetadata?: string;
  /** block_id → action_id → value object, as Slack sends in view.state.values. */
  values: Record<string, Record<string, unknown>>;
  viewId?: string;
}

export interface MessageShortcutInput {
  userId: string;
  callbackId: string;
  channelId: string;
  message: { ts: string; text: string; user?: string };
}

/**
 * Sends what Slack sends — slash commands, interactions and events — to Bolt's HTTP receiver,
 * signed with the app's signing secret (`v0=` HMAC-SHA256 of `v0:{timestamp}:{body}`).
 * The local console and the tests use it, so both go through the production path.
 */
export class SignedSlackClient {
  private readonly teamId: string;

  constructor(private readonly options: SignedSlackClientOptions) {
    this.teamId = options.teamId ?? "T0STEWARD";
  }

  command(command: string, text: string, who: { userId: string; channelId?: string }): Promise<SignedResponse> {
    const form = new URLSearchParams({
      token: "unused-verification-token",
      team_id: this.teamId,
      team_domain: "steward-local",
      channel_id: who.channelId ?? "C0CONSOLE",
      channel_name: "console",
      user_id: who.userId,
      user_name: who.userId,
      command,
      text,
      api_app_id: "A0STEWARD",
      is_enterprise_install: "false",
      response_url: this.options.responseUrl(),
      trigger_id: triggerId(),
    });
    return this.post(form.toString(), "application/x-www-form-urlencoded");
  }

  blockAction(input: ActionInput): Promise<SignedResponse> {
    const action = {
      type: input.selectedOption ? "static_select" : "button",
      action_id: input.actionId,
      block_id: input.blockId ?? "actions",
      value: input.value,
      selected_option: input.selectedOption,
      action_ts: String(Date.now() / 1000),
    };
    const payload: Record<string, unknown> = {
      type: "block_actions",
      team: { id: this.teamId, domain: "steward-local" },
      user: { id: input.userId, username: input.userId, team_id: this.teamId },
      api_app_id: "A0STEWARD",
      trigger_id: triggerId(),
      response_url: this.options.responseUrl(),
      actions: [action],
    };
    if (input.view) {
      payload.container = { type: "view", view_id: input.view.id };
      payload.view = input.view;
    } else {
      payload.container = { type: "message", message_ts: input.messageTs, channel_id: input.channelId, is_ephemeral: false };
      payload.channel = { id: input.channelId, name: input.channelId };
      payload.message = { ts: input.messageTs, type: "message" };
    }
    return this.interaction(payload);
  }

  viewSubmission(input: ViewSubmissionInput): Promise<SignedResponse> {
    return this.interaction({
      type: "view_submission",
      team: { id: this.teamId, domain: "steward-local" },
      user: { id: input.userId, username: input.userId, team_id: this.teamId },
      api_app_id: "A0STEWARD",
      trigger_id: triggerId(),
      view: {
        id: input.viewId ?? `V${randomBytes(4).toString("hex")}`,
        type: "modal",
        callback_id: input.callbackId,
        private_metadata: input.privateMetadata ?? "",
        state: { values: input.values },
      },
    });
  }

  messageShortcut(input: MessageShortcutInput): Promise<SignedResponse> {
    return this.interaction({
      type: "message_action",
      callback_id: input.callbackId,
      team: { id: this.teamId, domain: "steward-local" },
      user: { id: input.userId, username: input.userId, team_id: this.teamId },
      channel: { id: input.channelId, name: input.channelId },
      message: { type: "message", ...input.message },
      message_ts: input.message.ts,
      trigger_id: triggerId(),
      response_url: this.options.responseUrl(),
    });
  }

  /** An Events API callback, e.g. `{ type: "message", channel, user, text, ts, thread_ts }`. */
  event(event: Record<string, unknown>, eventId = `Ev${randomBytes(6).toString("hex")}`): Promise<SignedResponse> {
    const body = JSON.stringify({
      token: "unused-verification-token",
      team_id: this.teamId,
      api_app_id: "A0STEWARD",
      type: "event_callback",
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
    return this.post(body, "application/json");
  }

  private interaction(payload: Record<string, unknown>): Promise<SignedResponse> {
    return this.post(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), "application/x-www-form-urlencoded");
  }

  /**
   * Posts a body with a valid signature; `timestamp`/`secret` may be overridden to test rejection,
   * `headers` added (e.g. Slack's x-slack-retry-num).
   */
  async post(
    body: string,
    contentType: string,
    overrides: { timestamp?: number; secret?: string; headers?: Record<string, string> } = {},
  ): Promise<SignedResponse> {
    const timestamp = overrides.timestamp ?? Math.floor(Date.now() / 1000);
    const signature = sign(overrides.secret ?? this.options.signingSecret, timestamp, body);
    const response = await fetch(this.options.eventsUrl, {
      method: "POST",
      headers: {
        "content-type": contentType,
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": signature,
        ...overrides.headers,
      },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON: keep the text (e.g. an empty ack or an error page).
    }
    return { status: response.status, body: parsed };
  }
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

function triggerId(): string {
  return `${Date.now()}.${randomBytes(6).toString("hex")}`;
}
