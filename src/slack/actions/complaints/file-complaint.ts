import type { WebClient } from "@slack/web-api";
import { fileComplaintOnce } from "../../../db/complaints/file-complaint-once.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { withActor } from "../../../db/with-actor.js";
import type { ComplaintCase } from "../../../domain/complaints/complaint-case.js";
import { nextComplaintCheck } from "../../../domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../../domain/complaints/team-working-day-calendar.js";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import type { AppDeps } from "../../app-deps.js";
import type { IntakeFields } from "../../views/complaint/parse-intake-submission.js";
import { complaintCardText } from "../../blocks/complaints/complaint-card-blocks.js";
import { urgentTeamIntro } from "../../blocks/complaints/urgent-team-intro.js";
import { fetchSourceMessage } from "./fetch-source-message.js";
import { openUrgentTeam } from "./open-urgent-team.js";
import { refreshComplaintCards } from "./refresh-complaint-cards.js";
import { urgentTeamMembers } from "./urgent-team-members.js";
import { slackIdOf } from "../../slack-id-of.js";

/**
 * Files a complaint from the intake modal: the case with its timers, the card in the lead department's
 * channel (else the filer's DM), a notice in each cooperating channel, for an urgent case the temporary
 * team, and — when logged from a long message — that whole message archived. Returns the case id;
 * a second submission of the same modal (`viewId`) returns the first one's case and does nothing.
 */
export async function fileComplaint(
  deps: AppDeps,
  client: WebClient,
  filer: RosterPerson,
  fields: IntakeFields,
  customer: CustomerProfile,
  viewId: string,
): Promise<{ id: number; created: boolean }> {
  const now = deps.clock.now();
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  const draft: ComplaintCase = {
    id: 0, class: fields.class, category: fields.category, status: "open", tier: 1, version: 0, openedAt: now, tierSince: now,
    acknowledgedAt: null, acknowledgedBy: null, firstResponseAt: null, lastUpdateAt: null, resolvedAt: null, resolvedBy: null,
    solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null,
  };
  const filed = await fileComplaintOnce(deps.db, {
    customerId: customer.id,
    class: fields.class,
    category: fields.category,
    description: fields.description,
    source: fields.source,
    sourcePermalink: fields.origin?.permalink ?? null,
    leadDepartmentId: fields.leadDepartmentId,
    cooperatingDepartmentIds: fields.cooperatingDepartmentIds,
    openedBy: slackIdOf(filer),
    openedAt: now,
    nextCheckAt: nextComplaintCheck(draft, now, deps.settings.complaints, calendar),
    intakeViewId: viewId,
  });
  if (!filed.created) return filed;
  const id = filed.id;
  const [record] = await loadComplaintRecords(deps.db.prisma, [id]);
  if (!record) throw new Error(`complaint ${id} vanished right after it was filed`);

  let teamChannel: string | null = null;
  if (record.case.class === "urgent") {
    const members = await urgentTeamMembers(deps, record);
    const team = await openUrgentTeam(client, record, deps.settings.complaints.urgentTeamChannelPrefix, members);
    teamChannel = team?.channel ?? null;
    if (team) {
      await client.chat.postMessage({ channel: team.channel, ...urgentTeamIntro(record) });
    }
  }

  const placeholder = complaintCardText(record, false);
  const card = await client.chat.postMessage({ channel: record.lead?.channels.slack ?? slackIdOf(filer), text: placeholder });
  const notices: { departmentId: number; channel: string; ts: string }[] = [];
  for (const department of record.cooperating) {
    if (!department.channels.slack) continue;
    const posted = await client.chat.postMessage({ channel: department.channels.slack, text: placeholder });
    if (posted.channel && posted.ts) notices.push({ departmentId: department.id, channel: posted.channel, ts: posted.ts });
  }
  const origin = fields.origin;
  const whole = origin?.longerThanField ? await fetchSourceMessage(client, origin.channel, origin.ts) : null;
  await withActor(deps.db, slackIdOf(filer), async (tx) => {
    await tx.complaint.update({
      where: { id },
      data: {
        cardPlatform: card.channel || card.ts ? "slack" : null,
        cardChannel: card.channel ?? null,
        cardTs: card.ts ?? null,
        teamPlatform: teamChannel ? "slack" : null,
        teamChannel,
      },
    });
    for (const notice of notices) {
      await tx.complaintDepartment.update({
        where: { complaintId_departmentId: { complaintId: id, departmentId: notice.departmentId } },
        data: { noticePlatform: "slack", noticeChannel: notice.channel, noticeTs: notice.ts },
      });
    }
    if (whole && origin) {
      await tx.complaintEvent.create({
        data: { complaintId: id, at: whole.at ?? now, actor: whole.user ?? slackIdOf(filer), kind: "message", reason: "the message the complaint was logged from", text: whole.text, messagePlatform: "slack", slackChannel: origin.channel, slackTs: origin.ts },
      });
    }
  });
  await refreshComplaintCards(deps.db, client, deps.settings, [id], now);
  return filed;
}
