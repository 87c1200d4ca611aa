import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { loadOnCall } from "../../db/on-call/load-on-call.js";
import { onCallMessage } from "../../domain/complaints/on-call/on-call-message.js";
import type { Message } from "../../domain/messages/message.js";

/** `/complaint oncall`: who holds each tier now and next, in the reader's zone. Anyone on the roster may look. */
export async function showOnCall(db: Database, settings: TeamSettings, now: Date, readerTimeZone: string | null): Promise<Message> {
  const onCall = await loadOnCall(db.prisma, settings.complaints.onCall, settings.calendar.timeZone, now);
  return onCallMessage({ ...onCall, now, timeZone: readerTimeZone ?? settings.calendar.timeZone });
}
