/** Driver adapter error kinds (Prisma's) that mean the server is not there, not that the query was wrong. */
const UNREACHABLE_KINDS = new Set(["DatabaseNotReachable", "DatabaseDoesNotExist", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/** Prisma error codes for a server that cannot be reached, timed out or went away mid-transaction. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** Node socket errors and pg's own messages for a lost or refused connection. */
const UNREACHABLE_ERRNOS = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENOTFOUND", "57P01", "57P02", "57P03"]);
const UNREACHABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down)/i;

/**
 * Whether `error` says the database is away (stopped, unreachable, restarting) rather than that a query
 * was refused: the caller then tells the user nothing was recorded, instead of failing silently.
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    const e = current as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: unknown };
    if (typeof e.code === "string" && (UNREACHABLE_CODES.has(e.code) || UNREACHABLE_ERRNOS.has(e.code))) return true;
    const kind = e.meta?.driverAdapterError?.cause?.kind ?? (e.cause as { kind?: string } | undefined)?.kind;
    if (kind && UNREACHABLE_KINDS.has(kind)) return true;
    if (typeof e.message === "string" && UNREACHABLE_MESSAGES.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
