import type { SlackFailure } from "../../scheduler/classify-slack-failure.js";

/**
 * How the drain should take a failed Bot Connector call (the SDK's HTTP client throws axios errors and
 * never retries): 429 is a rate limit for Retry-After seconds (Teams' per-conversation and per-bot
 * limits; at least 1 s), 5xx / 408 / a network error is transient, any other status a refusal (the
 * bot was removed, the conversation is gone, the card was refused).
 */
export function classifyTeamsFailure(error: unknown): SlackFailure {
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
