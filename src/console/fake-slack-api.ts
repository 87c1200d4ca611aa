import { EventEmitter } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One Web API call (or response_url post) as Steward made it. */
export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** Sequence number across all calls, to order them. */
  seq: number;
  /** What the stand-in answered (e.g. the posted message's channel and ts). */
  result?: Record<string, unknown>;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  text?: string;
  blocks?: unknown[];
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  user: string;
}

/** How the next matching calls should fail, to exercise retries and rate limits. */
export type Failure =
  | { status: 429; retryAfterSeconds: number }
  | { status: 500 | 502 | 503 }
  | { error: string }
  | { delayMs: number };

export interface FakeUser {
  id: string;
  name: string;
  tz?: string;
}

const BOT_USER = "UBOTSTEWARD";

/**
 * A local stand-in for the Slack Web API (https://slack.com/api/<method>) and for
 * `response_url`s. It records every call, keeps posted messages per channel (with metadata, so
 * `conversations.history` works), answers like Slack does, and can be told to fail. The local
 * console and the tests both point Bolt's `slackApiUrl` at it.
 */
export class FakeSlackApi extends EventEmitter {
  readonly calls: RecordedCall[] = [];
  readonly messages = new Map<string, StoredMessage[]>();
  private readonly users = new Map<string, FakeUser>();
  private readonly channelNames = new Map<string, string>();
  private readonly archived = new Set<string>();
  private readonly failures: Array<{ method: string; failure: Failure; remaining: number }> = [];
  private channelRate: number | undefined;
  private readonly lastPostAt = new Map<string, number>();
  private server: Server | undefined;
  private seq = 0;
  private tsCounter = 0;
  private channelCounter = 0;
  url = "";

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Whether a channel is archived now (conversations.archive / unarchive). */
  isArchived(channel: string): boolean {
    return this.archived.has(channel);
  }

  /** The Web API base URL to give Bolt as `slackApiUrl`. */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A fresh response_url for one slash command or interaction. */
  responseUrl(): string {
    return `${this.url}/response/${++this.seq}`;
  }

  addUser(user: FakeUser): void {
    this.users.set(user.id, user);
  }

  nameChannel(id: string, name: string): void {
    this.channelNames.set(id, name);
  }

  channelName(id: string): string | undefined {
    return this.channelNames.get(id);
  }

  userName(id: string): string | undefined {
    return this.users.get(id)?.name;
  }

  /** The next `times` calls of `method` (or "*" for any) fail as described. */
  failNext(method: string, failure: Failure, times = 1): void {
    this.failures.push({ method, failure, remaining: times });
  }

  /** Enforce Slack's posting limit: more than `perSecond` messages a second to one channel get 429. */
  limitPostsPerChannel(perSecond: number | undefined): void {
    this.channelRate = perSecond;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  reset(): void {
    this.calls.length = 0;
    this.messages.clear();
    this.failures.length = 0;
    this.lastPostAt.clear();
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const path = req.url ?? "/";
    if (path.startsWith("/response/")) {
      const args = parseArgs(body, req.headers["content-type"]);
      this.record("response_url", { ...args, response_url: path });
      return send(res, 200, { ok: true });
    }
    const method = path.replace(/^\/api\//, "").split("?")[0] ?? "";
    const args = parseArgs(body, req.headers["content-type"]);
    const failure = this.takeFailure(method);
    if (failure && "delayMs" in failure) await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
    else if (failure && "status" in failure) {
      this.record(`${method}:failed`, args);
      const headers: Record<string, string> = failure.status === 429 ? { "retry-after": String(failure.retryAfterSeconds) } : {};
      return send(res, failure.status, { ok: false, error: failure.status === 429 ? "ratelimited" : "internal_error" }, headers);
    } else if (failure) {
      this.record(`${method}:failed`, args);
      return send(res, 200, { ok: false, error: failure.error });
    }
    if (method === "chat.postMessage" && this.channelRate) {
      const channel = String(args.channel);
      const now = Date.now();
      const last = this.lastPostAt.get(channel);
      if (last !== undefined && now - last < 1000 / this.channelRate) {
        this.record(`${method}:rate-limited`, args);
        return send(res, 429, { ok: false, error: "ratelimited" }, { "retry-after": "1" });
      }
      this.lastPostAt.set(channel, now);
    }
    const result = this.answer(method, args);
    this.record(method, args, result);
    send(res, 200, result);
  }

  private takeFailure(method: string): Failure | undefined {
    const index = this.failures.findIndex((entry) => entry.method === method || entry.method === "*");
    if (index < 0) return undefined;
    const entry = this.failures[index]!;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.failures.splice(index, 1);
    return entry.failure;
  }

  private record(method: string, args: Record<string, unknown>, result?: Record<string, unknown>): void {
    const call = { method, args, seq: ++this.seq, result };
    this.calls.push(call);
    this.emit("call", call);
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, "0")}`;
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return { ok: true, url: "https://steward-local.slack.com/", team: "Steward Local", user: "steward", team_id: "T0STEWARD", user_id: BOT_USER, bot_id: "B0STEWARD" };
      case "chat.postMessage": {
        const channel = this.dmChannel(String(args.channel));
        if (this.archived.has(channel)) return { ok: false, error: "is_archived" };
        const message: StoredMessage = {
          channel,
          ts: this.nextTs(),
          text: args.text as string | undefined,
          blocks: args.blocks as unknown[] | undefined,
          thread_ts: args.thread_ts as string | undefined,
          metadata: args.metadata as StoredMessage["metadata"],
          user: BOT_USER,
        };
        this.messagesIn(channel).push(message);
        return { ok: true, channel, ts: message.ts, message };
      }
      case "chat.update": {
        const stored = this.messagesIn(String(args.channel)).find((message) => message.ts === args.ts);
        if (!stored) return { ok: false, error: "message_not_found" };
        Object.assign(stored, { text: args.text ?? stored.text, blocks: args.blocks ?? stored.blocks });
        return { ok: true, channel: args.channel, ts: args.ts };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.getPermalink":
        return { ok: true, channel: args.channel, permalink: `https://steward-local.slack.com/archives/${args.channel}/p${String(args.message_ts).replace(".", "")}` };
      case "conversations.open": {
        const users = String(args.users ?? "").split(",").filter(Boolean);
        return { ok: true, channel: { id: users.length === 1 ? `D${users[0]}` : `G${users.join("")}` } };
      }
      case "conversations.create": {
        const id = `C${String(++this.channelCounter).padStart(8, "0")}`;
        this.channelNames.set(id, String(args.name));
        return { ok: true, channel: { id, name: args.name, is_private: Boolean(args.is_private) } };
      }
      case "conversations.archive":
        if (this.archived.has(String(args.channel))) return { ok: false, error: "already_archived" };
        this.archived.add(String(args.channel));
        return { ok: true };
      case "conversations.unarchive":
        if (!this.archived.delete(String(args.channel))) return { ok: false, error: "not_archived" };
        return { ok: true };
      case "conversations.history": {
        const channel = this.dmChannel(String(args.channel));
        const oldest = Number(args.oldest ?? 0);
        const messages = this.messagesIn(channel)
          .filter((message) => !message.thread_ts && Number(message.ts) >= oldest)
          .slice()
          .reverse()
          .map((message) => (args.include_all_metadata ? message : { ...message, metadata: undefined }));
        return { ok: true, messages, has_more: false };
      }
      case "conversations.replies": {
        const messages = this.messagesIn(String(args.channel)).filter((m) => m.ts === args.ts || m.thread_ts === args.ts);
        return { ok: true, messages, has_more: false };
      }
      case "conversations.info": {
        const id = String(args.channel);
        return { ok: true, channel: { id, name: this.channelNames.get(id) ?? id } };
      }
      case "users.info": {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return { ok: true, user: { id: user.id, name: user.name, real_name: user.name, tz: user.tz, profile: { real_name: user.name } } };
      }
      case "views.open":
      case "views.push":
      case "views.update": {
        const view = typeof args.view === "string" ? JSON.parse(args.view) : args.view;
        return { ok: true, view: { id: args.view_id ?? `V${++this.seq}`, ...view } };
      }
      default:
        return { ok: true };
    }
  }

  /**
   * Posting to a user id opens their DM, and a `#name` is the channel of that name, as Slack does: the
   * answer names the channel by id (a `#name` seen first gets one, as if the channel existed).
   */
  private dmChannel(channel: string): string {
    if (/^[UW]/.test(channel)) return `D${channel}`;
    if (!channel.startsWith("#")) return channel;
    const name = channel.slice(1);
    for (const [id, known] of this.channelNames) if (known === name) return id;
    const id = `C${String(++this.channelCounter).padStart(8, "0")}`;
    this.channelNames.set(id, name);
    return id;
  }

  private messagesIn(channel: string): StoredMessage[] {
    let list = this.messages.get(channel);
    if (!list) {
      list = [];
      this.messages.set(channel, list);
    }
    return list;
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The Web API client sends form fields whose structured values (blocks, view, metadata) are JSON text. */
function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (!body) return {};
  if (contentType?.includes("application/json")) return JSON.parse(body) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}
