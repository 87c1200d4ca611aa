import type { Inline } from "../messages/message.js";

/** "Case card and conversation: #support · `/complaint show 12`": where a ping's reader finds the case. */
export function caseWhereabouts(complaintId: number, cardChannel: string): Inline {
  return ["Case card and conversation: ", { kind: "channel", channel: { slack: cardChannel } }, " · ", { kind: "code", text: `/complaint show ${complaintId}` }];
}
