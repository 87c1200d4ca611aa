import type { Logger, ReceiverProcessEventErrorHandlerArgs } from "@slack/bolt";
import { requestFailedNotice } from "../../domain/messages/request-failed-notice.js";
import { renderMrkdwn } from "../render/render-mrkdwn.js";
import { RequestFailure } from "../request-failure.js";

export interface FailureAnswerOptions {
  logger: Logger;
  /** Sends a direct message (when a modal's work failed after it closed, there is nothing else to reply to). */
  tellUser(userId: string, text: string): Promise<void>;
}

/**
 * Bolt's `processEventErrorHandler` for HTTP mode: a request whose listener failed (already logged with
 * its context by the app's error handler) is still answered. Before the ack: a slash command gets the
 * failure as its reply, anything else a 500 (Slack shows the person an error). After the ack: the
 * person is told through the request's response_url, or by DM.
 * Returns true when it answered the request itself, so Bolt takes it as acknowledged.
 */
export function answerFailedRequest(options: FailureAnswerOptions) {
  return async ({ error, response }: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const failure = error instanceof RequestFailure ? error : undefined;
    const ref = failure?.ref ?? "unlogged";
    if (!failure) options.logger.error("request failed outside a listener", error);
    const body = failure?.body ?? {};
    if (!response.headersSent) {
      if (typeof body.command === "string") {
        response.writeHead(200, { "content-type": "application/json" });
        response.end(JSON.stringify({ response_type: "ephemeral", text: renderMrkdwn(requestFailedNotice(ref, false)) }));
      } else {
        response.writeHead(500);
        response.end();
      }
      return true;
    }
    await tellAfterAck(options, body, renderMrkdwn(requestFailedNotice(ref, true))).catch((notDelivered) =>
      options.logger.warn(`request ${ref}: the failure could not be reported to the person`, notDelivered),
    );
    return false;
  };
}

async function tellAfterAck(options: FailureAnswerOptions, body: Record<string, unknown>, text: string): Promise<void> {
  if (typeof body.response_url === "string") {
    const reply = await fetch(body.response_url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ response_type: "ephemeral", replace_original: false, text }),
      signal: AbortSignal.timeout(5_000),
    });
    if (!reply.ok) throw new Error(`response_url answered ${reply.status}`);
    return;
  }
  const user = body.user as { id?: unknown } | undefined;
  // Events (a thread reply being archived) have no one waiting for an answer; the log has it.
  if (body.type !== "event_callback" && typeof user?.id === "string") await options.tellUser(user.id, text);
}
