import { createSign, generateKeyPairSync, randomUUID, type KeyObject } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalStandIn } from "./local-stand-in.js";

/** What the stand-in recorded: one call Steward made to the Bot Connector. */
export interface RecordedActivity {
  method: "POST" | "PUT";
  conversationId: string;
  /** The id Steward updated (PUT) or the id the stand-in gave the new activity (POST). */
  activityId: string;
  activity: Record<string, unknown>;
  authorization: string | undefined;
}

/** A Teams user as the member lookup (`GET /v3/conversations/{id}/members/{id}`) describes them. */
export interface TeamsMember {
  id: string;
  aadObjectId: string;
  name: string;
  userPrincipalName?: string;
  email?: string;
}

export interface TokenClaims {
  serviceUrl?: string;
  audience?: string;
  issuer?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  kid?: string;
  alg?: "RS256" | "none";
  /** Sign with another key than the published one (a forgery). */
  forged?: boolean;
}

const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
/** Teams message ids are numbers (milliseconds); a thread is addressed by its first one's. */
const FIRST_MESSAGE_ID = 1_764_000_000_000;

/**
 * A local stand-in for Microsoft's Bot Connector, for the console and the tests: it publishes signing
 * keys as the real one does (`/v1/.well-known/openidconfiguration` and `/keys`), issues RS256 tokens
 * for the activities it sends to Steward's `/api/messages`, and records what Steward posts back to
 * `/v3/conversations/{id}/activities` (and PUTs to update). `throttle(n, seconds)` answers the next n
 * posts 429 with Retry-After, as Teams does under its per-conversation limits.
 */
export class LocalBotConnector extends LocalStandIn {
  readonly recorded: RecordedActivity[] = [];
  private readonly keyId = `steward-local-${randomUUID().slice(0, 8)}`;
  private readonly keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
  private readonly forger = generateKeyPairSync("rsa", { modulusLength: 2048 });
  private throttled: { remaining: number; retryAfterSeconds: number } = { remaining: 0, retryAfterSeconds: 0 };
  private listeners: ((recorded: RecordedActivity) => void)[] = [];
  private readonly members = new Map<string, TeamsMember>();

  constructor(private readonly clientId: string) {
    super();
  }

  /** Where Steward's validator finds the keys (it reads `…/keys` beside this URL). */
  get openIdMetadataUrl(): string {
    return `${this.url}/v1/.well-known/openidconfiguration`;
  }

  /** Calls back for every activity Steward posts or updates (the console prints them). */
  onActivity(listener: (recorded: RecordedActivity) => void): void {
    this.listeners.push(listener);
  }

  /** Someone the member lookup knows (in every conversation: the stand-in has one tenant). */
  addMember(member: TeamsMember): void {
    this.members.set(member.id, member);
  }

  throttle(times: number, retryAfterSeconds: number): void {
    this.throttled = { remaining: times, retryAfterSeconds };
  }

  /** A Bot Connector token as Teams sends it with each activity; the claims may be spoiled for tests. */
  issueToken(claims: TokenClaims = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: claims.alg ?? "RS256", typ: "JWT", kid: claims.kid ?? this.keyId };
    const payload = {
      iss: claims.issuer ?? BOT_FRAMEWORK_ISSUER,
      aud: claims.audience ?? this.clientId,
      iat: now - 5,
      nbf: now - 5,
      exp: now + (claims.expiresIn ?? 3600),
      serviceurl: claims.serviceUrl ?? this.url,
    };
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const unsigned = `${encode(header)}.${encode(payload)}`;
    if (header.alg === "none") return `${unsigned}.`;
    const key: KeyObject = claims.forged ? this.forger.privateKey : this.keys.privateKey;
    return `${unsigned}.${createSign("RSA-SHA256").update(unsigned).sign(key).toString("base64url")}`;
  }

  /** Posts an activity to Steward as Teams would, with a valid token unless `authorization` says otherwise. */
  async send(messagesUrl: string, activity: Record<string, unknown>, authorization: string | null = `Bearer ${this.issueToken({ serviceUrl: String(activity.serviceUrl ?? this.url) })}`): Promise<{ status: number; body: string }> {
    const response = await fetch(messagesUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(authorization === null ? {} : { authorization }) },
      body: JSON.stringify({ serviceUrl: this.url, channelId: "msteams", id: randomUUID(), timestamp: new Date().toISOString(), ...activity }),
    });
    return { status: response.status, body: await response.text() };
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && url.pathname === "/v1/.well-known/keys") {
      const jwk = this.keys.publicKey.export({ format: "jwk" });
      return answer(200, { keys: [{ ...jwk, kid: this.keyId, use: "sig", alg: "RS256", kty: "RSA" }] });
    }
    if (req.method === "GET" && url.pathname === "/v1/.well-known/openidconfiguration") {
      return answer(200, { issuer: BOT_FRAMEWORK_ISSUER, jwks_uri: `${this.url}/v1/.well-known/keys`, id_token_signing_alg_values_supported: ["RS256"] });
    }
    const member = /^\/v3\/conversations\/[^/]+\/members\/([^/]+)$/.exec(url.pathname);
    if (req.method === "GET" && member) {
      const found = this.members.get(decodeURIComponent(member[1]!));
      return found ? answer(200, found) : answer(404, { error: { code: "MemberNotFound", message: "The member was not found" } });
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(url.pathname);
    if (!match || (req.method !== "POST" && req.method !== "PUT")) return answer(404, { error: { code: "NotFound", message: `${req.method} ${url.pathname}` } });
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (this.throttled.remaining > 0) {
      this.throttled.remaining--;
      return answer(429, { error: { code: "TooManyRequests", message: "throttled" } }, { "retry-after": String(this.throttled.retryAfterSeconds) });
    }
    const conversationId = decodeURIComponent(match[1]!);
    const activityId = req.method === "PUT" && match[2] ? decodeURIComponent(match[2]) : String(FIRST_MESSAGE_ID + this.recorded.length + 1);
    const recorded: RecordedActivity = {
      method: req.method,
      conversationId,
      activityId,
      activity: JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>,
      authorization: req.headers.authorization,
    };
    this.recorded.push(recorded);
    for (const listener of this.listeners) listener(recorded);
    answer(200, { id: activityId });
  }
}
