import type { WebClient } from "@slack/web-api";
import type { ComplaintRecord } from "../../../db/complaints/complaint-record.js";
import { insertComplaintEvents } from "../../../db/complaints/insert-complaint-events.js";
import { loadComplaintRecords } from "../../../db/complaints/load-complaint-records.js";
import { loadCaseStaffing } from "../../../db/complaints/load-case-staffing.js";
import { loadEscalationStaff } from "../../../db/complaints/load-escalation-staff.js";
import { updateComplaintCase } from "../../../db/complaints/update-complaint-case.js";
import { findPersonByIdentity } from "../../../db/people/find-person-by-identity.js";
import { withActor } from "../../../db/with-actor.js";
import { casePartiesOf } from "../../../domain/complaints/case-parties-of.js";
import { decideTransition, type TransitionOutcome, type TransitionRequest } from "../../../domain/complaints/decide-transition.js";
import type { CaseStaffing } from "../../../domain/complaints/tiers-of-person.js";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import { nextComplaintCheck } from "../../../domain/complaints/next-complaint-check.js";
import { peopleOfTier } from "../../../domain/complaints/people-of-tier.js";
import { teamWorkingDayCalendar } from "../../../domain/complaints/team-working-day-calendar.js";
import { enqueueDeliveries } from "../../../scheduler/enqueue-deliveries.js";
import { complaintPingRequests } from "../../../scheduler/jobs/complaint-ping-requests.js";
import type { AppDeps } from "../../app-deps.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { caseActorOf } from "./case-actor-of.js";
import { refreshComplaintCards } from "./refresh-complaint-cards.js";
import { reopenUrgentTeam } from "./reopen-urgent-team.js";

export type CaseActionResult = { ok: true; record: ComplaintRecord } | { ok: false; message: string };

const NOT_ON_ROSTER = "You are not on Steward's roster, so you cannot act on complaints. Ask your Steward admin to add you.";

/**
 * Checks a button press against the case rules without changing anything: the refusal to show, or
 * null when the press is allowed (buttons that open a modal ask before opening it).
 */
export async function previewCaseAction(deps: AppDeps, complaintId: number, slackUserId: string, request: TransitionRequest): Promise<string | null> {
  const [record] = await loadComplaintRecords(deps.db.prisma, [complaintId]);
  if (!record) return `Complaint #${complaintId} does not exist (any more).`;
  const person = await findPersonByIdentity(deps.db, "slack", slackUserId);
  if (!person) return NOT_ON_ROSTER;
  const staffing = (await loadCaseStaffing(deps.db.prisma, deps.settings.complaints.frontline))(record);
  const outcome = decide(deps, record, person, staffing, request, deps.clock.now());
  return outcome.ok ? null : outcome.message;
}

/** The rules' answer for this person's press, with the case's people named as the team's settings place them. */
function decide(deps: AppDeps, record: ComplaintRecord, person: RosterPerson, staffing: CaseStaffing, request: TransitionRequest, now: Date): TransitionOutcome {
  const parties = casePartiesOf(record, deps.settings.complaints.frontline);
  return decideTransition(record.case, request, caseActorOf(person, record, staffing), now, person.timeZone ?? deps.settings.calendar.timeZone, parties);
}

/**
 * Applies one button press: the rules decide, the change is written only if the case did not change
 * meanwhile (version), with its timeline event, pings for an escalation, the thread note, the redrawn
 * card and — once closed — the temporary team archived.
 */
export async function runCaseAction(
  deps: AppDeps,
  client: WebClient,
  complaintId: number,
  slackUserId: string,
  request: TransitionRequest,
): Promise<CaseActionResult> {
  const now = deps.clock.now();
  const [record] = await loadComplaintRecords(deps.db.prisma, [complaintId]);
  if (!record) return { ok: false, message: `Complaint #${complaintId} does not exist (any more).` };
  const person = await findPersonByIdentity(deps.db, "slack", slackUserId);
  if (!person) return { ok: false, message: NOT_ON_ROSTER };
  const staffing = (await loadCaseStaffing(deps.db.prisma, deps.settings.complaints.frontline))(record);
  const outcome = decide(deps, record, person, staffing, request, now);
  if (!outcome.ok) return outcome;
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  const next = outcome.next;
  const saved = await withActor(deps.db, slackUserId, async (tx) => {
    const nextCheck = nextComplaintCheck(next, now, deps.settings.complaints, calendar);
    if (!(await updateComplaintCase(tx, next, { version: record.case.version }, nextCheck))) return false;
    await insertComplaintEvents(tx, [{ ...outcome.event, complaintId }]);
    if (request.action === "escalate") {
      const staff = await loadEscalationStaff(tx);
      const recipients = peopleOfTier(staff, staffing, next.tier).flatMap((p) => p.ids.slack ?? []);
      await enqueueDeliveries(
        tx,
        complaintPingRequests([{ record: { ...record, case: next }, ping: {
          kind: "escalation",
          occurrence: `v${record.case.version}:tier${next.tier}`,
          message: `Escalated to tier ${next.tier} by <@${slackUserId}>: ${escapeMrkdwn(outcome.event.reason ?? "")}.`,
          recipients,
          inThread: true,
          offerAcknowledge: true,
        } }], now),
      );
    }
    return true;
  });
  if (!saved) return { ok: false, message: `Complaint #${complaintId} changed a moment ago (someone else acted, or Steward escalated it). Look at the card again, then retry.` };

  const detail = outcome.event.text ?? outcome.event.reason;
  const note = threadNote(request, slackUserId, detail === null ? null : escapeMrkdwn(detail));
  if (note && record.cardChannel && record.cardTs) {
    await client.chat.postMessage({ channel: record.cardChannel, thread_ts: record.cardTs, text: note }).catch((error: unknown) => deps.logger.warn("case thread note not posted", error));
  }
  if (next.status === "closed" && record.teamChannel) {
    await client.conversations.archive({ channel: record.teamChannel }).catch((error: unknown) => deps.logger.warn(`temporary team ${record.teamChannel} not archived`, error));
  }
  if (request.action === "reopen") {
    const team = `:leftwards_arrow_with_hook: Complaint #${complaintId} · ${record.customer.key} is reopened by <@${slackUserId}>: ${escapeMrkdwn(outcome.event.reason ?? "")}`;
    await reopenUrgentTeam(deps, client, record, slackUserId, team).catch((error: unknown) => deps.logger.warn("temporary team not reopened", error));
  }
  await refreshComplaintCards(deps.db, client, deps.settings, [complaintId], now).catch((error: unknown) => deps.logger.warn("case card not redrawn", error));
  return { ok: true, record: { ...record, case: next } };
}

/** The line the case thread gets (escalations get theirs from the ping). */
function threadNote(request: TransitionRequest, who: string, detail: string | null): string | null {
  switch (request.action) {
    case "acknowledge":
      return `:white_check_mark: Acknowledged by <@${who}>.`;
    case "update":
      return `:memo: Update by <@${who}>: ${detail}`;
    case "resolve":
      return `:hammer_and_wrench: Resolved by <@${who}>: ${detail}`;
    case "confirm":
      return `:lock: <@${who}> recorded the customer's confirmation: case closed.`;
    case "reopen":
      return `:leftwards_arrow_with_hook: Reopened by <@${who}>: ${detail}`;
    case "escalate":
      return null;
  }
}
