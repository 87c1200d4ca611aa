import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { listDepartments } from "../../../app/complaints/list-departments.js";
import { DESCRIPTION_MAX_CHARS } from "../../../domain/complaints/intake-form.js";
import type { AppDeps } from "../../app-deps.js";
import { decodeSlackText } from "../../events/decode-slack-text.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { intakeView } from "../views/intake-view.js";

export const LOG_COMPLAINT_SHORTCUT = "log_complaint";

/** "Log as complaint" on a message: the intake form with the message as its description and origin. */
export function logComplaintShortcut(deps: AppDeps, seal: ViewSeal) {
  return async ({ ack, shortcut, client }: SlackShortcutMiddlewareArgs<MessageShortcut> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const text = decodeSlackText(shortcut.message.text ?? "");
    const permalink = await client.chat
      .getPermalink({ channel: shortcut.channel.id, message_ts: shortcut.message.ts })
      .then((r) => r.permalink ?? null, () => null);
    const departments = await listDepartments(deps);
    await client.views.open({
      trigger_id: shortcut.trigger_id,
      view: intakeView(deps.settings.complaints, departments, {
        description: text,
        source: { channel: shortcut.channel.id, ts: shortcut.message.ts, permalink, longerThanField: text.length > DESCRIPTION_MAX_CHARS },
      }, seal),
    });
  };
}
