import type { DeliveryFailure } from "../../domain/deliveries/delivery-port.js";

/**
 * A failed Web API call as the drain sees it: a 429 (or `ratelimited`) is waited out, a 5xx, timeout or
 * Slack's internal errors retried, anything else Slack refused (channel_not_found, invalid_blocks…).
 */
export function classifySlackFailure(error: unknown): DeliveryFailure {
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; message?: string };
  const message = e?.message ?? String(error);
  switch (e?.code) {
    case "slack_webapi_rate_limited_error":
      return { kind: "rate-limited", retryAfterSeconds: Math.max(1, Number(e.retryAfter) || 1) };
    case "slack_webapi_http_error":
      return (e.statusCode ?? 500) >= 500 || e.statusCode === 408
        ? { kind: "transient", message: `HTTP ${e.statusCode}` }
        : { kind: "refused", message: `HTTP ${e.statusCode}` };
    case "slack_webapi_platform_error": {
      const slackError = e.data?.error ?? "unknown_error";
      if (slackError === "ratelimited") return { kind: "rate-limited", retryAfterSeconds: 1 };
      if (["internal_error", "fatal_error", "service_unavailable", "request_timeout"].includes(slackError)) {
        return { kind: "transient", message: slackError };
      }
      return { kind: "refused", message: slackError };
    }
    default:
      return { kind: "transient", message };
  }
}
