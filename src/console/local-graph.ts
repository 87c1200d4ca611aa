import type { IncomingMessage, ServerResponse } from "node:http";
import { LocalStandIn } from "./local-stand-in.js";

/** One call Steward made to the stand-in Graph. */
export interface RecordedGraphCall {
  method: string;
  /** Under the service root, e.g. `/v1.0/chats`. */
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

/**
 * A local stand-in for the few Microsoft Graph calls Steward makes, for the console and the tests:
 * `POST /v1.0/chats` creates a group chat (`19:local-chat-N@thread.v2`) and `POST /v1.0/chats/{id}/installedApps`
 * installs an app into one it created. It records every call; `refuse(403)` answers them as Graph does
 * when the tenant never granted the permission, until `refuse(null)`.
 */
export class LocalGraph extends LocalStandIn {
  readonly calls: RecordedGraphCall[] = [];
  private refusal: 401 | 403 | null = null;
  private readonly chats = new Set<string>();

  refuse(status: 401 | 403 | null): void {
    this.refusal = status;
  }

  protected async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<string, unknown>;
    this.calls.push({ method: req.method ?? "GET", path: url.pathname, body, authorization: req.headers.authorization });
    const answer = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(payload));
    };
    if (this.refusal) {
      return answer(this.refusal, { error: { code: this.refusal === 403 ? "Forbidden" : "InvalidAuthenticationToken", message: "Missing role permissions on the request. API requires one of 'Chat.Create'." } });
    }
    if (req.method === "POST" && url.pathname === "/v1.0/chats") {
      const id = `19:local-chat-${this.chats.size + 1}@thread.v2`;
      this.chats.add(id);
      return answer(201, { id, chatType: body.chatType, topic: body.topic });
    }
    const install = /^\/v1\.0\/chats\/([^/]+)\/installedApps$/.exec(url.pathname);
    if (req.method === "POST" && install && this.chats.has(decodeURIComponent(install[1]!))) return answer(201, {});
    answer(404, { error: { code: "NotFound", message: `${req.method} ${url.pathname}` } });
  }
}
