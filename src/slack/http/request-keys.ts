import type { RequestKey } from "../../db/requests/claim-request-keys.js";
import { REQUEST_WINDOW_SECONDS } from "./check-signature-headers.js";

/** Slack retries an event for a while (the last retry comes about 5 minutes after the first attempt). */
const EVENT_RETRY_SECONDS = 60 * 60;

/**
 * The keys by which a request counts as already taken in: its signature (the same bytes sent again
 * within the window), its event id (Slack's retries — new timestamp, new signature, same event) and
 * its trigger id (Slack issues one per user interaction, so a second request carrying it is a copy).
 */
export function requestKeys(signature: string, timestamp: number, body: Record<string, unknown>): RequestKey[] {
  // Accepted up to the window after its timestamp; a little more keeps clock skew between replicas harmless.
  const windowEnd = new Date((timestamp + 2 * REQUEST_WINDOW_SECONDS) * 1000);
  const keys: RequestKey[] = [{ key: `sig:${signature}`, expiresAt: windowEnd }];
  if (typeof body.event_id === "string") {
    keys.push({ key: `event:${body.event_id}`, expiresAt: new Date((timestamp + EVENT_RETRY_SECONDS) * 1000) });
  }
  if (typeof body.trigger_id === "string") keys.push({ key: `trigger:${body.trigger_id}`, expiresAt: windowEnd });
  return keys;
}
