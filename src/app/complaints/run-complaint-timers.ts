import { actorOf } from "../../domain/roster/actor-of.js";
import { addressOf } from "../../domain/roster/address-of.js";
import type { CaseActor } from "../../domain/complaints/case-actor.js";
import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";
import type { ComplaintEventDraft } from "../../domain/complaints/complaint-event-draft.js";
import { decideEscalation } from "../../domain/complaints/decide-escalation.js";
import { formatMoment } from "../../domain/complaints/format-moment.js";
import { isAwaitingAcknowledgement } from "../../domain/complaints/is-awaiting-acknowledgement.js";
import { nextWorkingMoment } from "../../domain/calendar/next-working-moment.js";
import { decideTransition } from "../../domain/complaints/decide-transition.js";
import { describeSlaClock } from "../../domain/complaints/describe-sla-clock.js";
import { nextComplaintCheck } from "../../domain/complaints/next-complaint-check.js";
import { peopleOfTier } from "../../domain/complaints/people-of-tier.js";
import { headAndAdmins } from "../../domain/complaints/on-call/head-and-admins.js";
import { nextOnCallCheck } from "../../domain/complaints/on-call/next-on-call-check.js";
import { pageTier } from "../../domain/complaints/on-call/page-tier.js";
import { teamWorkingDayCalendar } from "../../domain/complaints/team-working-day-calendar.js";
import { claimDueComplaints } from "../../db/complaints/claim-due-complaints.js";
import { insertComplaintEvents, type StoredEventDraft } from "../../db/complaints/insert-complaint-events.js";
import { loadCaseStaffing } from "../../db/complaints/load-case-staffing.js";
import { loadCooperatingDepartments } from "../../db/complaints/load-cooperating-departments.js";
import { loadEscalationStaff } from "../../db/complaints/load-escalation-staff.js";
import { loadAbsences } from "../../db/roster/load-absences.js";
import { addDays } from "../../domain/calendar/add-days.js";
import { withoutAway } from "../../domain/roster/absence/without-away.js";
import { saveTimerOutcomes, type TimerOutcome } from "../../db/complaints/save-timer-outcomes.js";
import { loadOnCallContext } from "../../db/on-call/load-on-call-context.js";
import { withActor } from "../../db/with-actor.js";
import type { Database } from "../../db/database.js";
import type { TeamSettings } from "../../config/team-settings.js";
import { insertDeliveries } from "../../db/deliveries/insert-deliveries.js";
import { complaintPageRequests, type RepeatPage } from "./complaint-page-requests.js";
import { type ComplaintPing, complaintPingRequests, type PingedCase } from "./complaint-ping-requests.js";
import { escalationPing } from "./escalation-ping.js";
import { onCallPings } from "./on-call-pings.js";

/** The tick's context as the timers use it (the scheduler's JobContext fits). */
export interface ComplaintTimersContext {
  db: Database;
  settings: TeamSettings;
  logger: { warn(message: string, fields?: Record<string, unknown>): void };
}

export interface RunComplaintTimersOptions {
  /** Called after each committed batch with the cases whose card must be redrawn (idempotent). */
  onCasesChanged?: (ids: number[], now: Date) => Promise<void>;
  /** Cases claimed per transaction. */
  batchSize?: number;
}

const STEWARD: CaseActor = { id: "steward", tiers: [], isOwner: false, isAdmin: false, inCaseDepartment: false, isSteward: true };

/** What one case's decision writes if it wins: its new timer state, its timeline entries, its pings. */
interface Planned {
  outcome: TimerOutcome;
  events: StoredEventDraft[];
  pings: { record: PingedCase; ping: ComplaintPing }[];
  pages: RepeatPage[];
  /** The card shows something new (tier, page count): redraw it. */
  redraw: boolean;
}

/**
 * The complaint timers (issue 6): every case whose `next_check_at` has come is claimed with
 * `FOR UPDATE SKIP LOCKED` (replicas take disjoint cases), decided by the pure rules, written in one
 * statement guarded by each case's version and cursor (a change that lost a race does nothing), and its
 * pings go into the delivery ledger with natural keys in the same transaction — each escalation happens once.
 */
export async function runComplaintTimers(ctx: ComplaintTimersContext, now: Date, options: RunComplaintTimersOptions = {}): Promise<void> {
  const batchSize = options.batchSize ?? 200;
  const settings = ctx.settings.complaints;
  const calendar = teamWorkingDayCalendar(ctx.settings.calendar);
  const teamZone = ctx.settings.calendar.timeZone;
  const handled: number[] = [];
  for (;;) {
    const { claimedIds, changed } = await withActor(ctx.db, "steward", async (tx) => {
      const records = await claimDueComplaints(tx, now, batchSize, handled);
      const ids = records.map((record) => record.case.id);
      // An away person is never paged: they are not among the staff a tier is drawn from.
      const staff = records.length ? withoutAway(await loadEscalationStaff(tx), await loadAbsences(tx, addDays(now.toISOString().slice(0, 10), -2)), now, teamZone) : [];
      const staffingOf = await loadCaseStaffing(tx, settings.frontline);
      // The claim reads no cooperating departments (kept lean); only this setting puts them on tier 1.
      const cooperating = await loadCooperatingDepartments(tx, settings.frontline === "case-departments" ? ids : []);
      const onCall = records.length ? await loadOnCallContext(tx, ctx.settings, now) : null;
      const plans: Planned[] = [];
      for (const record of records) {
        const c = record.case;
        const staffing = staffingOf({ ...record, cooperating: cooperating.get(c.id) ?? [] });
        // The in-tier policy: the person on call first, the rest of the tier after the class's `groupAfter`.
        const pagingOf = (state: ComplaintCase) => pageTier(onCall!, peopleOfTier(staff, staffing, state.tier), staffing.leadDepartmentId, state, now);
        const told = headAndAdmins(staff, record.lead?.headId);
        const paging = pagingOf(c);
        const tierPeople = () => paging.paged;
        // Each on their preferred platform, once (addressOf): a Slack person's address is their bare id, as before.
        const tierIds = () => tierPeople().flatMap((p) => addressOf(p) ?? []);
        // Who acknowledged is recorded as an actor (their Slack id, else Teams): their warnings go where they prefer.
        const acknowledgerAddress = (actor: string) => addressOf(staff.find((p) => actorOf(p) === actor) ?? { ids: {} }) ?? actor;
        const guard = { id: c.id, expectedVersion: c.version, expectedCursor: record.nextCheckAt };
        const decision = decideEscalation(c, record.nextCheckAt, now, settings, calendar);

        if (decision.escalation) {
          const outcome = decideTransition(c, { action: "escalate", reason: decision.escalation.reason, toTier: decision.escalation.toTier }, STEWARD, now, ctx.settings.calendar.timeZone);
          if (!outcome.ok) continue;
          const next = outcome.next;
          const nextPaging = pagingOf(next);
          plans.push({
            outcome: { ...guard, status: next.status, tier: next.tier, version: next.version, tierSince: next.tierSince, nextCheckAt: nextOnCallCheck(nextComplaintCheck(next, now, settings, calendar), nextPaging, now) },
            events: [{ ...outcome.event, complaintId: c.id }],
            pings: [
              {
                record: { ...record, case: next },
                ping: escalationPing({ before: c, toTier: next.tier, by: { actor: "steward" }, reason: decision.escalation.reason, recipients: nextPaging.paged, sayWaitingOn: true }),
              },
              ...onCallPings({ ...record, case: next }, next, nextPaging, now, now, told),
            ],
            pages: [],
            redraw: true,
          });
          continue;
        }

        const onCallNow = onCallPings(record, c, paging, record.nextCheckAt, now, told);
        const plan: Planned = {
          outcome: { ...guard, status: c.status, tier: c.tier, version: c.version, tierSince: c.tierSince, nextCheckAt: nextOnCallCheck(decision.nextCheckAt, paging, now) },
          events: [],
          pings: onCallNow,
          pages: [],
          // The group page changes whom the card says the case waits on.
          redraw: onCallNow.length > 0,
        };
        const awaiting = isAwaitingAcknowledgement(c);
        const round = c.tierSince.getTime();
        for (const warning of decision.warnings) {
          // One DM per deadline that says one thing: "First response due in 25 min."
          const clock = describeSlaClock(warning, now);
          plan.events.push(eventOf(c, now, "warning", `${clock} (tier ${c.tier})`));
          plan.pings.push({
            record,
            ping: {
              kind: "warning",
              occurrence: `${round}:${warning.step}`,
              message: [{ kind: "icon", name: "hourglass_flowing_sand" }, ` ${clock[0]!.toUpperCase()}${clock.slice(1)}.`],
              recipients: (c.status === "acknowledged" || c.status === "waiting_on_customer") && c.acknowledgedBy ? [acknowledgerAddress(c.acknowledgedBy)] : tierIds(),
              inThread: false,
              offerAcknowledge: awaiting,
            },
          });
        }
        for (const breach of decision.breaches) {
          plan.redraw = true;
          plan.events.push(eventOf(c, now, "page", breach.reason));
          plan.pings.push({
            record,
            ping: {
              kind: "page",
              occurrence: `${round}:${breach.deadline.step}:missed`,
              message: [{ kind: "icon", name: "rotating_light" }, ` ${breach.reason}.`],
              recipients: tierIds(),
              inThread: true,
              offerAcknowledge: awaiting,
            },
          });
        }
        if (decision.page) {
          const { number, final } = decision.page;
          plan.redraw = true;
          // The same words every time: the timeline folds a run of pages into one line with their count.
          plan.events.push(eventOf(c, now, "page", final ? `paging stopped after ${number} pages; the department head and admins told` : "not acknowledged"));
          const urgent = c.class === "urgent";
          // A non-urgent page waits for each executive's working hours (they see the count at the next one).
          const recipients = tierPeople()
            .flatMap((person) => {
              const address = addressOf(person);
              return address ? [{ address, timeZone: person.timeZone ?? teamZone }] : [];
            })
            .filter((person) => urgent || nextWorkingMoment(now, person.timeZone, ctx.settings.calendar).getTime() === now.getTime());
          plan.pages.push({ record, number, final, recipients, teamTimeZone: teamZone });
          if (final) {
            plan.pings.push({
              record,
              ping: {
                kind: "cap",
                occurrence: `${round}:cap`,
                message: `Tier 3 was paged ${number} times since ${formatMoment(c.tierSince, now, teamZone)} and nobody acknowledged: Steward has stopped paging. Please make sure an executive takes the case.`,
                recipients: told,
                inThread: false,
                offerAcknowledge: false,
              },
            });
          }
        }
        plans.push(plan);
      }
      const saved = await saveTimerOutcomes(tx, plans.map((plan) => plan.outcome));
      const won = plans.filter((plan) => saved.has(plan.outcome.id));
      await insertComplaintEvents(tx, won.flatMap((plan) => plan.events));
      await insertDeliveries(tx, complaintPingRequests(won.flatMap((plan) => plan.pings), now));
      const pages = complaintPageRequests(won.flatMap((plan) => plan.pages), now);
      await insertDeliveries(tx, pages.updatesOf(await insertDeliveries(tx, pages.posts)));
      return { claimedIds: ids, changed: won.filter((plan) => plan.redraw).map((plan) => plan.outcome.id) };
    });
    handled.push(...claimedIds);
    if (changed.length && options.onCasesChanged) {
      await options.onCasesChanged(changed, now).catch((error: unknown) =>
        ctx.logger.warn("complaint cards not redrawn", { error: String(error), cases: changed }),
      );
    }
    if (claimedIds.length < batchSize) break;
  }
}

function eventOf(c: ComplaintCase, now: Date, kind: ComplaintEventDraft["kind"], reason: string): StoredEventDraft {
  return { complaintId: c.id, at: now, actor: "steward", kind, fromStatus: c.status, toStatus: c.status, fromTier: c.tier, toTier: c.tier, reason, text: null };
}
