/**
 * One line naming a request for the log — what it was, who sent it, where — without its user text:
 * enough to find the request again, nothing a log reader should not see.
 */
export function describeSlackRequest(body: Record<string, unknown>): string {
  const field = (value: unknown) => (typeof value === "string" ? value.slice(0, 80) : undefined);
  const nested = (value: unknown, key: string) => (value && typeof value === "object" ? field((value as Record<string, unknown>)[key]) : undefined);
  const user = field(body.user_id) ?? nested(body.user, "id") ?? nested(body.event, "user") ?? "?";
  if (typeof body.command === "string") return `slash command ${field(body.command)} from ${user} in ${field(body.channel_id) ?? "?"}`;
  switch (body.type) {
    case "block_actions": {
      const actions = Array.isArray(body.actions) ? body.actions : [];
      return `button ${nested(actions[0], "action_id") ?? "?"} pressed by ${user}`;
    }
    case "view_submission":
      return `modal ${nested(body.view, "callback_id") ?? "?"} (view ${nested(body.view, "id") ?? "?"}) submitted by ${user}`;
    case "message_action":
    case "shortcut":
      return `shortcut ${field(body.callback_id) ?? "?"} by ${user}`;
    case "event_callback":
      return `event ${nested(body.event, "type") ?? "?"} ${field(body.event_id) ?? ""} from ${user}`;
    default:
      return `${field(body.type) ?? "request"} from ${user}`;
  }
}
