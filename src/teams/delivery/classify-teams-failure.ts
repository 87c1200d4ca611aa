import type { DeliveryFailure } from "../../domain/deliveries/delivery-port.js";

/**
 * How the drain should take a failed Bot Connector call (the SDK's HTTP client throws axios errors and
 * never retries): 429 is a rate limit for Retry-After seconds (Teams' per-conversation and per-bot
 * limits; at least 1 s), 5xx / 408 / a network error is transient, any other status a refusal (the
 * bot was removed, the conversation is gone, the card was refused). A failure the port classified
 * itself (an unreachable recipient) is taken as it is.
 */
export function classifyTeamsFailure(error: unknown): DeliveryFailure {
  if (error instanceof TeamsDeliveryError) return error.failure;
  const e = error as { response?: { status?: number; headers?: Record<string, unknown> }; code?: string; message?: string };
  const status = e?.response?.status;
  if (status === 429) {
    const header = e.response?.headers?.["retry-after"];
    const seconds = Number(Array.isArray(header) ? header[0] : header);
    return { kind: "rate-limited", retryAfterSeconds: Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 1 };
  }
  if (status === undefined) return { kind: "transient", message: e?.code ?? e?.message ?? String(error) };
  return status >= 500 || status === 408 ? { kind: "transient", message: `HTTP ${status}` } : { kind: "refused", message: `HTTP ${status}` };
}

/** A failure the Teams port knows the meaning of before any call (a recipient Steward cannot reach). */
export class TeamsDeliveryError extends Error {
  constructor(readonly failure: DeliveryFailure) {
    super(failure.kind === "rate-limited" ? `rate limited (Retry-After ${failure.retryAfterSeconds} s)` : failure.message);
  }
}
