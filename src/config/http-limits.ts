/** How much HTTP mode lets any one client hold before it has proved to be Slack (docs/security.md). */
export interface HttpLimits {
  /** Largest request body read; a larger one is refused (413) from its Content-Length or once it passes this. */
  bodyLimitBytes: number;
  /** Connections open at once per process; more are closed on arrival. */
  maxConnections: number;
  /** Time to send the request's headers. */
  headersTimeoutMs: number;
  /** Time to send the whole request, headers and body. */
  requestTimeoutMs: number;
  /** A connection with nothing moving (and an idle keep-alive connection) is closed after this. */
  idleTimeoutMs: number;
}

/**
 * Slack's payloads are small and sent at once. The largest Steward receives is a message logged as a
 * complaint: its text arrives twice (text and blocks) and URL-encoded, up to ~9 bytes per non-Latin
 * character, so 256 KB leaves room; times 200 connections that bounds what unproven clients hold.
 */
export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  bodyLimitBytes: 256 * 1024,
  maxConnections: 200,
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  idleTimeoutMs: 5_000,
};
