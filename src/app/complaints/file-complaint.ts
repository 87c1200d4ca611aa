import { actorOf } from "../../domain/roster/actor-of.js";
import { addressOf } from "../../domain/roster/address-of.js";
import { fileComplaintOnce } from "../../db/complaints/file-complaint-once.js";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { recordComplaintMessages } from "../../db/complaints/record-complaint-messages.js";
import type { ComplaintCase, ComplaintClass } from "../../domain/complaints/complaint-case.js";
import { complaintCardText } from "../../domain/complaints/complaint-card-message.js";
import { nextComplaintCheck } from "../../domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import { urgentTeamIntroMessage } from "../../domain/complaints/urgent-team-intro-message.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { ComplaintChat } from "./complaint-chat.js";
import type { ComplaintDeps } from "./complaint-deps.js";
import { redrawComplaintCards } from "./redraw-complaint-cards.js";
import { urgentTeamMembers } from "./urgent-team-members.js";
import { insertDeliveries } from "../../db/deliveries/insert-deliveries.js";
import { withActor } from "../../db/with-actor.js";
import { complaintNoticeMessage } from "../../domain/complaints/complaint-notice-message.js";
import { noticePlatform } from "../../domain/complaints/notice-platform.js";
import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";

/** A complaint as the intake form gives it, its customer found (checkComplaintIntake). */
export interface ComplaintIntake {
  class: ComplaintClass;
  category: string;
  description: string;
  source: string | null;
  leadDepartmentId: number | null;
  cooperatingDepartmentIds: readonly number[];
  /** The chat message it was logged from: its permalink is kept, its whole text archived when the form held less. */
  origin: { channel: string; ts: string; permalink: string | null; longerThanField: boolean } | null;
}

/**
 * Files a complaint: the case with its timers, the card in the lead department's channel (else the
 * filer's DM), a notice in each cooperating department's channel (on the filer's platform when the
 * department has a channel there, else through the ledger on the other one: noticePlatform), for an
 * urgent case the temporary team, and — when logged from a long message — that whole message archived. Returns the case id; a second submission
 * of the same form (`submissionId`) returns the first one's case and does nothing.
 */
export async function fileComplaint(
  deps: ComplaintDeps,
  chat: ComplaintChat,
  input: { filer: RosterPerson; customer: CustomerProfile; intake: ComplaintIntake; submissionId: string },
  now: Date,
): Promise<{ id: number; created: boolean }> {
  const { filer, customer, intake } = input;
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  const draft: ComplaintCase = {
    id: 0, class: intake.class, category: intake.category, status: "open", tier: 1, version: 0, openedAt: now, tierSince: now,
    acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null,
    solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null,
  };
  const filed = await fileComplaintOnce(deps.db, {
    customerId: customer.id,
    class: intake.class,
    category: intake.category,
    description: intake.description,
    source: intake.source,
    sourcePermalink: intake.origin?.permalink ?? null,
    leadDepartmentId: intake.leadDepartmentId,
    cooperatingDepartmentIds: [...intake.cooperatingDepartmentIds],
    openedBy: actorOf(filer),
    openedAt: now,
    nextCheckAt: nextComplaintCheck(draft, now, deps.settings.complaints, calendar),
    intakeViewId: input.submissionId,
  });
  if (!filed.created) return filed;
  const id = filed.id;
  const [record] = await loadComplaintRecords(deps.db.prisma, [id]);
  if (!record) throw new Error(`complaint ${id} vanished right after it was filed`);

  let teamChannel: string | null = null;
  if (record.case.class === "urgent") {
    teamChannel = await chat.openTeam(record, await urgentTeamMembers(deps, record));
    if (teamChannel) await chat.post(teamChannel, urgentTeamIntroMessage(record));
  }

  // Placeholders: the card and notices are drawn in full by the redraw below, from the stored case.
  const placeholder = { text: complaintCardText(record, false), parts: [] };
  // On Teams, the filer's personal chat with Steward is their AAD object id (the delivery port's `to`).
  const filerChat = chat.platform === "slack" ? addressOf(filer) : (filer.ids.teams ?? null);
  const card = await chat.post(record.lead?.channels[chat.platform] ?? filerChat!, placeholder);
  const notices: { departmentId: number; channel: string; ts: string }[] = [];
  const elsewhere: DeliveryRequest[] = [];
  for (const department of record.cooperating) {
    const where = noticePlatform(department.channels, chat.platform);
    if (!where) continue;
    if (where.platform === chat.platform) {
      const posted = await chat.post(where.channel, placeholder);
      if (posted) notices.push({ departmentId: department.id, ...posted });
      continue;
    }
    // A department only on the other platform: the ledger sends its notice there, once.
    elsewhere.push({
      key: `complaint-notice:${id}:${department.id}`,
      rule: "complaint-notice",
      customerId: record.customer.id,
      recipient: where.platform === "teams" ? `teams:${where.channel}` : where.channel,
      dueAt: now,
      payload: { message: complaintNoticeMessage(record, department.name, now) },
    });
  }
  if (elsewhere.length) await withActor(deps.db, actorOf(filer), (tx) => insertDeliveries(tx, elsewhere));
  const origin = intake.origin;
  const whole = origin?.longerThanField ? await chat.fetchOrigin(origin.channel, origin.ts) : null;
  await recordComplaintMessages(deps.db, actorOf(filer), id, {
    platform: chat.platform,
    card: { channel: card?.channel ?? null, ts: card?.ts ?? null },
    teamChannel,
    notices,
    origin: whole && origin ? { at: whole.at ?? now, actor: whole.user ?? actorOf(filer), text: whole.text, channel: origin.channel, ts: origin.ts } : null,
  });
  await redrawComplaintCards(deps, chat, [id], now);
  return filed;
}
