import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "@slack/bolt";
import type { HttpLimits } from "../../config/http-limits.js";
import type { Database } from "../../db/database.js";
import { claimRequestKeys } from "../../db/requests/claim-request-keys.js";
import { pruneRequestKeys } from "../../db/requests/prune-request-keys.js";
import { checkSignatureHeaders } from "./check-signature-headers.js";
import { parseSlackBody } from "./parse-slack-body.js";
import { readCappedBody } from "./read-capped-body.js";
import { requestKeys } from "./request-keys.js";
import { verifySignature } from "./verify-signature.js";

export interface SlackHttpFrontOptions {
  port: number;
  host?: string;
  limits: HttpLimits;
  signingSecret: string;
  db: Database;
  logger: Logger;
  /** Bolt's HTTPReceiver request listener: gets only requests proved to be Slack's, body already read. */
  bolt: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface SlackHttpFront {
  server: Server;
  /** Where Slack (or the console) sends requests. */
  eventsUrl: string;
  stop(): Promise<void>;
}

const EVENTS_PATH = "/slack/events";
const PRUNE_EVERY_MS = 60_000;

/**
 * Steward's HTTP server in front of Bolt's request handling. Bolt's receiver reads a whole body of
 * up to 4 MB before it looks at the signature and lets a request live for minutes, so anyone could
 * fill the process's memory. Here nothing is read before the signature headers are there and their
 * timestamp is within five minutes (either way), no body is read past the limit, slow clients are cut
 * off after seconds, and the number of connections is capped. A signed body must then have the shape
 * of a request Steward handles (else 400), and must not have been taken in before — by any replica —
 * under the same signature, event id or trigger id (a replay or Slack's retry: 200, no effect).
 */
export async function startSlackHttpFront(options: SlackHttpFrontOptions): Promise<SlackHttpFront> {
  const { limits, logger } = options;
  let lastPrune = 0;
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.idleTimeoutMs,
      // Node checks the two timeouts above only this often (30 s by default).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => {
      handle(req, res).catch((error) => {
        logger.error(`HTTP ${req.method} ${req.url?.slice(0, 100)} failed`, error);
        refuse(res, 500, "internal error");
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A connection on which nothing moves for this long is closed (Node destroys it without a handler).
  server.timeout = limits.idleTimeoutMs;
  server.on("clientError", (_error, socket) => socket.destroy());

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz" && req.method === "GET") return healthz(res);
    if (path !== EVENTS_PATH) return refuse(res, 404, "not found");
    if (req.method !== "POST") return refuse(res, 405, "POST only");

    // Wall-clock time, never the domain clock: Slack stamps requests with the real time.
    const headers = checkSignatureHeaders(req.headers, Date.now());
    if (!headers.ok) return refuseAtDoor(req, res, 401, headers.reason);
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > limits.bodyLimitBytes) return refuseAtDoor(req, res, 413, `body of ${declared} bytes; at most ${limits.bodyLimitBytes}`);
    const raw = await readCappedBody(req, limits.bodyLimitBytes).catch(() => undefined);
    if (raw === undefined) return void res.destroy();
    if (raw === "too-large") return refuseAtDoor(req, res, 413, `body over ${limits.bodyLimitBytes} bytes`);
    if (!verifySignature(options.signingSecret, headers.timestamp, headers.signature, raw)) {
      return refuseAtDoor(req, res, 401, "signature mismatch");
    }

    const parsed = parseSlackBody(raw, req.headers["content-type"]);
    if (!parsed.ok) {
      logger.warn(`refused a signed but malformed request: ${parsed.problem}`);
      return refuse(res, 400, parsed.problem);
    }
    if (parsed.kind === "ssl_check") return refuse(res, 200, "");
    if (parsed.kind !== "url_verification" && !(await isFirstTime(headers.signature, headers.timestamp, parsed.body))) {
      logger.info(`ignored a request already taken in (replay or Slack retry ${req.headers["x-slack-retry-num"] ?? "-"})`);
      return refuse(res, 200, "");
    }
    // Bolt reads an already buffered body from here instead of reading the stream again.
    Object.assign(req, { rawBody: raw });
    options.bolt(req, res);
  }

  async function isFirstTime(signature: string, timestamp: number, body: Record<string, unknown>): Promise<boolean> {
    try {
      const first = await claimRequestKeys(options.db, requestKeys(signature, timestamp, body));
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now();
        pruneRequestKeys(options.db, new Date()).catch((error) => logger.warn("pruning old request keys failed", error));
      }
      return first;
    } catch (error) {
      // The database is unreachable: no listener can write anything either, so a replay cannot have an
      // effect — let the request through so its listener can tell the person the database is away.
      logger.warn("cannot check the request against earlier ones (database unreachable?); handling it", error);
      return true;
    }
  }

  async function healthz(res: ServerResponse): Promise<void> {
    const ok = await options.db.isReachable();
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json" });
    res.end(JSON.stringify({ ok, database: ok ? "reachable" : "unreachable" }));
  }

  function refuseAtDoor(req: IncomingMessage, res: ServerResponse, status: number, reason: string): void {
    logger.warn(`refused ${status} from ${req.socket.remoteAddress ?? "?"}: ${reason}`);
    refuse(res, status, reason);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    eventsUrl: `http://${options.host && options.host !== "0.0.0.0" ? options.host : "127.0.0.1"}:${address.port}${EVENTS_PATH}`,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/** Answers and closes the connection, so a body still on its way is never read. */
function refuse(res: ServerResponse, status: number, reason: string): void {
  if (res.headersSent) return void res.destroy();
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(reason);
}
