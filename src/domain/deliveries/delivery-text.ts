import type { Inline } from "../messages/message.js";

/**
 * A ledger row's one line, for listings (`steward reminders due/log`): a neutral message's text, or
 * the Slack text a row stored before the ledger held neutral messages carries (already mrkdwn).
 */
export type DeliveryText = { kind: "neutral"; text: Inline } | { kind: "stored"; mrkdwn: string };
