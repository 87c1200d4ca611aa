import type { Database } from "../database.js";
import type { Platform } from "../../domain/roster/platform-identity.js";
import { withActor } from "../with-actor.js";

export interface IncomingMessage {
  /** The platform the message was said on; channel, ts and threadTs are that platform's. */
  platform: Platform;
  channel: string;
  ts: string;
  threadTs: string | null;
  /**
   * The thread as one conversation address, where the platform has one (Teams:
   * `<channel>;messageid=<root>`): a temporary team that is a thread is recorded so.
   */
  thread: string | null;
  /** When it was said. */
  at: Date;
  user: string;
  text: string;
}

/**
 * Stores a message said about a case — in its card's or a notice's thread, or in its temporary team (a
 * channel, a group chat, a thread) — as a `message` event of that case, once per (platform, channel,
 * ts). Returns the case id, or null when the message is about no case (the common case: one indexed
 * lookup, no write).
 */
export async function archiveComplaintMessage(db: Database, message: IncomingMessage): Promise<number | null> {
  const [match] = await db.prisma.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM complaints c
     WHERE (c.card_platform = ${message.platform} AND c.card_channel = ${message.channel} AND c.card_ts = ${message.threadTs})
        OR (c.team_platform = ${message.platform} AND c.team_channel IN (${message.channel}, ${message.thread}))
    UNION ALL
    SELECT cd.complaint_id FROM complaint_departments cd
     WHERE cd.notice_platform = ${message.platform} AND cd.notice_channel = ${message.channel} AND cd.notice_ts = ${message.threadTs}
    LIMIT 1`;
  if (!match) return null;
  await withActor(db, message.user, (tx) =>
    tx.$executeRaw`
      INSERT INTO complaint_events (complaint_id, at, actor, kind, text, message_platform, message_channel, message_id)
      VALUES (${match.id}, ${message.at}, ${message.user}, 'message', ${message.text}, ${message.platform}, ${message.channel}, ${message.ts})
      ON CONFLICT (message_platform, message_channel, message_id) DO NOTHING`,
  );
  return match.id;
}
