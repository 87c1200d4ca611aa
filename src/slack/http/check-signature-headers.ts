import type { IncomingHttpHeaders } from "node:http";

/** Slack's rule, applied both ways: a request stamped further than this from now is refused. */
export const REQUEST_WINDOW_SECONDS = 5 * 60;

export type SignatureHeaders =
  | { ok: true; timestamp: number; signature: string }
  | { ok: false; reason: string };

/**
 * What can be refused before a byte of the body is read: Slack's signature headers missing or
 * malformed, or a timestamp more than five minutes away from now — in the past (a replay) or in the
 * future (a request prepared to be replayed later; Bolt itself refuses only the first).
 */
export function checkSignatureHeaders(headers: IncomingHttpHeaders, nowMs: number): SignatureHeaders {
  const signature = headers["x-slack-signature"];
  const stamp = headers["x-slack-request-timestamp"];
  if (typeof signature !== "string" || typeof stamp !== "string") {
    return { ok: false, reason: "no x-slack-signature or x-slack-request-timestamp header" };
  }
  if (!/^v0=[0-9a-f]{64}$/.test(signature)) return { ok: false, reason: "x-slack-signature is not v0=<64 hex digits>" };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: "x-slack-request-timestamp is not a number of seconds" };
  const timestamp = Number(stamp);
  const skew = timestamp - Math.floor(nowMs / 1000);
  if (Math.abs(skew) > REQUEST_WINDOW_SECONDS) {
    return { ok: false, reason: `x-slack-request-timestamp is ${Math.abs(skew)} s in the ${skew > 0 ? "future" : "past"} (at most ${REQUEST_WINDOW_SECONDS} s allowed)` };
  }
  return { ok: true, timestamp, signature };
}
