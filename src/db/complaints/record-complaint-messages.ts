import type { Platform } from "../../domain/roster/platform-identity.js";
import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";

export interface ComplaintMessages {
  /** The platform the card, notices, team and origin were posted on. */
  platform: Platform;
  card: { channel: string | null; ts: string | null };
  teamChannel: string | null;
  notices: readonly { departmentId: number; channel: string; ts: string }[];
  /** The whole message the complaint was logged from, archived as the case's first message. */
  origin: { at: Date; actor: string; text: string; channel: string; ts: string } | null;
}

/** Records where a just-filed case's card, notices and temporary team live (and its origin message), in one transaction. */
export async function recordComplaintMessages(db: Database, actor: string, complaintId: number, messages: ComplaintMessages): Promise<void> {
  await withActor(db, actor, async (tx) => {
    await tx.complaint.update({ where: { id: complaintId }, data: {
        cardPlatform: messages.card.channel || messages.card.ts ? messages.platform : null,
        cardChannel: messages.card.channel,
        cardTs: messages.card.ts,
        teamPlatform: messages.teamChannel ? messages.platform : null,
        teamChannel: messages.teamChannel,
      },
    });
    for (const notice of messages.notices) {
      await tx.complaintDepartment.update({
        where: { complaintId_departmentId: { complaintId, departmentId: notice.departmentId } },
        data: { noticePlatform: messages.platform, noticeChannel: notice.channel, noticeTs: notice.ts },
      });
    }
    const origin = messages.origin;
    if (origin) {
      await tx.complaintEvent.create({
        data: { complaintId, at: origin.at, actor: origin.actor, kind: "message", reason: "the message the complaint was logged from", text: origin.text, messagePlatform: messages.platform, messageChannel: origin.channel, messageId: origin.ts },
      });
    }
  });
}
