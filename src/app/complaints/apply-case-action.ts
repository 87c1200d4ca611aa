import { insertComplaintEvents } from "../../db/complaints/insert-complaint-events.js";
import { loadEscalationStaff } from "../../db/complaints/load-escalation-staff.js";
import { updateComplaintCase } from "../../db/complaints/update-complaint-case.js";
import { loadOnCallContext } from "../../db/on-call/load-on-call-context.js";
import { withActor } from "../../db/with-actor.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import { mentionPerson } from "../../domain/roster/mention-person.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import type { TransitionRequest } from "../../domain/complaints/decide-transition.js";
import { nextComplaintCheck } from "../../domain/complaints/next-complaint-check.js";
import { peopleOfTier } from "../../domain/complaints/people-of-tier.js";
import { headAndAdmins } from "../../domain/complaints/on-call/head-and-admins.js";
import { nextOnCallCheck } from "../../domain/complaints/on-call/next-on-call-check.js";
import { pageTier } from "../../domain/complaints/on-call/page-tier.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import type { Inline } from "../../domain/messages/message.js";
import { insertDeliveries } from "../../db/deliveries/insert-deliveries.js";
import type { ComplaintChat } from "./complaint-chat.js";
import type { ComplaintDeps } from "./complaint-deps.js";
import { type CaseActionInput, decideCaseAction } from "./decide-case-action.js";
import { complaintPingRequests } from "./complaint-ping-requests.js";
import { escalationPing } from "./escalation-ping.js";
import { onCallPings } from "./on-call-pings.js";
import { redrawComplaintCards } from "./redraw-complaint-cards.js";
import { reopenUrgentTeam } from "./reopen-urgent-team.js";

export type CaseActionResult = { ok: true; record: ComplaintRecord } | { ok: false; message: Inline };


/**
 * Applies one press: the rules decide, the change is written only if the case did not change meanwhile
 * (version), with its timeline event and the escalation's pings (the same ping the timers send), then
 * the thread note, the redrawn card and — once closed — the temporary team archived; reopened, it is back.
 */
export async function applyCaseAction(deps: ComplaintDeps, chat: ComplaintChat, input: CaseActionInput, now: Date): Promise<CaseActionResult> {
  const { complaintId, request } = input;
  const decided = await decideCaseAction(deps, input, now);
  if (!decided.ok) return decided;
  const { record, person, staffing, outcome } = decided;
  // Recorded under the person's actor name (their Slack id, as ever, else `teams:…`), whichever platform they pressed on.
  const actor = actorOf(person);
  const calendar = teamWorkingDayCalendar(deps.settings.calendar);
  const next = outcome.next;
  const saved = await withActor(deps.db, actor, async (tx) => {
    // The tier taking the case (escalated or reopened) is paged by the in-tier policy: the person on call first.
    const staff = await loadEscalationStaff(tx);
    const onCall = await loadOnCallContext(tx, deps.settings, now);
    const paging = pageTier(onCall, peopleOfTier(staff, staffing, next.tier), staffing.leadDepartmentId, next, now);
    const nextCheck = nextOnCallCheck(nextComplaintCheck(next, now, deps.settings.complaints, calendar), paging, now);
    if (!(await updateComplaintCase(tx, next, { version: record.case.version }, nextCheck))) return false;
    await insertComplaintEvents(tx, [{ ...outcome.event, complaintId }]);
    if (request.action === "escalate") {
      const ping = escalationPing({ before: record.case, toTier: next.tier, by: { actor, name: person.name }, reason: outcome.event.reason ?? "", recipients: paging.paged, sayWaitingOn: false });
      const paged = { ...record, case: next };
      await insertDeliveries(tx, complaintPingRequests([{ record: paged, ping }, ...onCallPings(paged, next, paging, now, now, headAndAdmins(staff.filter((p) => !onCall.away(p.id, now)), record.lead?.headId))], now));
    }
    return true;
  });
  if (!saved) return { ok: false, message: `Complaint #${complaintId} changed a moment ago (someone else acted, or Steward escalated it). Look at the card again, then retry.` };

  const who: Inline = mentionPerson(person);
  const note = threadNote(request, who, outcome.event.text ?? outcome.event.reason);
  if (note && record.cardChannel && record.cardTs) {
    await chat.post(record.cardChannel, { text: note, parts: [] }, record.cardTs).catch((error: unknown) => deps.logger.warn("case thread note not posted", error));
  }
  if (next.status === "closed" && record.teamChannel) {
    await chat.archiveTeam(record.teamChannel).catch((error: unknown) => deps.logger.warn(`temporary team ${record.teamChannel} not archived`, error));
  }
  if (request.action === "reopen") {
    const team: Inline = [{ kind: "icon", name: "leftwards_arrow_with_hook" }, ` Complaint #${complaintId} · ${record.customer.key} is reopened by `, who, `: ${outcome.event.reason ?? ""}`];
    await reopenUrgentTeam(deps, chat, record, actor, { text: team, parts: [] }).catch((error: unknown) => deps.logger.warn("temporary team not reopened", error));
  }
  await redrawComplaintCards(deps, chat, [complaintId], now).catch((error: unknown) => deps.logger.warn("case card not redrawn", error));
  return { ok: true, record: { ...record, case: next } };
}

/** The line the case thread gets (escalations get theirs from the ping). */
function threadNote(request: TransitionRequest, who: Inline, detail: string | null): Inline | null {
  switch (request.action) {
    case "acknowledge":
      return [{ kind: "icon", name: "white_check_mark" }, " Acknowledged by ", who, "."];
    case "update":
      return [{ kind: "icon", name: "memo" }, " Update by ", who, `: ${detail}`];
    case "wait":
      return [{ kind: "icon", name: "hourglass" }, " ", who, ` is waiting on the customer for: ${detail} — the resolution clock is paused.`];
    case "resume":
      return [{ kind: "icon", name: "arrow_forward" }, " ", who, " recorded the customer's reply — the resolution clock runs again."];
    case "resolve":
      return [{ kind: "icon", name: "hammer_and_wrench" }, " Resolved by ", who, `: ${detail}`];
    case "confirm":
      return [{ kind: "icon", name: "lock" }, " ", who, " recorded the customer's confirmation: case closed."];
    case "reopen":
      return [{ kind: "icon", name: "leftwards_arrow_with_hook" }, " Reopened by ", who, `: ${detail}`];
    case "escalate":
      return null;
  }
}
