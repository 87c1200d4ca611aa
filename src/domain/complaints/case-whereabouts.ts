import type { Inline } from "../messages/message.js";
import type { PlatformIdentities } from "../roster/platform-identity.js";

/** "Case card and conversation: #support · `/complaint show 12`": where a ping's reader finds the case. */
export function caseWhereabouts(complaintId: number, cardChannel: PlatformIdentities): Inline {
  return ["Case card and conversation: ", { kind: "channel", channel: cardChannel }, " · ", { kind: "code", text: `/complaint show ${complaintId}` }];
}
