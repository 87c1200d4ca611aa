import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

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
export class LocalGraph {
  readonly calls: RecordedGraphCall[] = [];
  private server: Server | undefined;
  private refusal: 401 | 403 | null = null;
  private readonly chats = new Set<string>();
  url = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  refuse(status: 401 | 403 | null): void {
    this.refusal = status;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
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
