import { addCountedTime } from "./add-counted-time.js";
import type { CasePause } from "./case-pause.js";
import type { ComplaintCase, EscalationTier } from "./complaint-case.js";
import type { ComplaintEventDraft } from "./complaint-event-draft.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { countedTimeBetween } from "./counted-time-between.js";
import type { SlaClockKind } from "./sla-clock.js";
import { slaDurationOn } from "./sla-duration-on.js";
import type { WorkingDayCalendar } from "./working-day-calendar.js";

export type SlaStep = "acknowledge" | "firstResponse" | "diagnosis" | "resolution";
// Listed in the order a reason names them when several deadlines pass at the same moment.
export const SLA_STEPS: readonly SlaStep[] = ["firstResponse", "acknowledge", "diagnosis", "resolution"];

/**
 * - `running`: the step is not done and its deadline is still ahead;
 * - `met`: the step was done by the deadline;
 * - `missed`: the deadline passed without the step, or the step came late — it stays missed for good;
 * - `pending`: never judged, because the tier handed the case on (or it was reopened) before the deadline
 *   came; the next tier's own clocks took over;
 * - `paused`: a resolution clock while the case waits on the customer — not judged, no timer runs.
 */
export type SlaState = "pending" | "running" | "paused" | "met" | "missed";

export interface SlaDeadline {
  step: SlaStep;
  tier: EscalationTier;
  startsAt: Date;
  /** While paused: when it would be due if the customer replied at `now`. */
  dueAt: Date;
  /** When the holder is warned (`warningAt` of the counted time from start to due), to the millisecond. */
  warnAt: Date;
  /** "2 h", "1 working day", "3 working days": for reasons and cards. */
  within: string;
  /** How the deadline counts time; `timeZone` is the team calendar's, for the due moment on cards. */
  clock: SlaClockKind;
  timeZone: string;
  /** Counted time (working time on business hours, pauses left out) from `now` to the deadline; negative once past. */
  leftMs: number;
  /** Counted time the step took, when done. */
  tookMs: number | null;
  /** Since when the clock is paused (waiting on the customer), else null. */
  pausedSince: Date | null;
  /** When the step was taken for this deadline (null: not by `now`). */
  doneAt: Date | null;
  state: SlaState;
  /** The deadline belongs to the tier holding the case now (the scheduler's timers run only on these). */
  current: boolean;
}

interface Visit {
  tier: EscalationTier;
  since: Date;
  /** When the case left this tier (escalated or reopened); null for the visit holding it now. */
  until: Date | null;
}

/**
 * Every SLA deadline of a case and its state at `now` — the one source for the card, `/complaint list`
 * and `show`, the monthly report and the scheduler's timers, so they cannot disagree.
 *
 * `history` is the case's timeline (escalation, transition and update events; others are ignored). The
 * deadlines of the tier holding the case now are judged from the case's own timestamps alone, so the
 * scheduler, which reads no timeline, gets the same current clocks; earlier tiers (and earlier rounds
 * before a reopening) are judged from the timeline. A case imported without history has only its current
 * round. Steps done after `now` do not count yet (a report as of a past moment).
 */
export function computeSlaDeadlines(
  complaint: ComplaintCase,
  history: readonly ComplaintEventDraft[],
  now: Date,
  settings: ComplaintSettings,
  calendar: WorkingDayCalendar,
): SlaDeadline[] {
  const events = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const deadlines: SlaDeadline[] = [];
  for (const visit of visitsOf(complaint, events)) {
    const tierSettings = settings.sla[complaint.class][`tier${visit.tier}`];
    for (const step of SLA_STEPS) {
      const configured = tierSettings[step];
      if (configured === null) continue;
      if (step === "diagnosis" && !settings.diagnosisCategories.includes(complaint.category)) continue;
      // The first response is owed to the customer once per case, from whichever tier holds it then.
      if (step === "firstResponse" && complaint.firstResponseAt && complaint.firstResponseAt < visit.since) continue;
      const { clock, ms, text } = slaDurationOn(configured, tierSettings.clock, calendar.settings);
      const startsAt = visit.since;
      // Only the resolution clock pauses while the case waits on the customer; first response never does.
      const pauses = step === "resolution" ? pausesOf(complaint, visit, now) : [];
      const pausedSince = pauses.find((pause) => pause.to === null)?.from ?? null;
      // A paused deadline is shown as if the customer replied now: it moves on while they have not.
      const counted = pausedSince ? pauses.map((pause) => (pause.to === null ? { ...pause, to: now } : pause)) : pauses;
      const dueAt = addCountedTime(startsAt, ms, clock, counted)!;
      const warnAt = addCountedTime(startsAt, Math.round(ms * settings.warningAt), clock, counted)!;
      const done = visit.until === null ? doneInCurrentVisit(complaint, step, visit.since, events) : doneInPastVisit(complaint, step, visit, events);
      const doneAt = done && done <= now ? done : null;
      const state = stateOf(step, dueAt, doneAt, visit.until, now);
      deadlines.push({
        step,
        tier: visit.tier,
        startsAt,
        dueAt,
        warnAt,
        within: text,
        clock: clock.kind,
        timeZone: calendar.settings.timeZone,
        leftMs: countedTimeBetween(now, dueAt, clock, counted),
        tookMs: doneAt ? countedTimeBetween(startsAt, doneAt, clock, pauses) : null,
        pausedSince: pausedSince && state === "running" ? pausedSince : null,
        doneAt,
        state: pausedSince && state === "running" ? "paused" : state,
        current: visit.until === null,
      });
    }
  }
  return deadlines;
}

function stateOf(step: SlaStep, dueAt: Date, doneAt: Date | null, until: Date | null, now: Date): SlaState {
  if (doneAt) return doneAt <= dueAt ? "met" : "missed";
  // Handing the case on does not excuse the first response: the customer is still waiting for it.
  if (until && until < dueAt && step !== "firstResponse") return "pending";
  return dueAt <= now ? "missed" : "running";
}

/** The case's pauses within a visit as known at `now`: a pause that ends after `now` is still open then. */
function pausesOf(complaint: ComplaintCase, visit: Visit, now: Date): CasePause[] {
  const end = visit.until && visit.until < now ? visit.until : now;
  return (complaint.pauses ?? [])
    // A pause begun at `now` counts already: the case waits from that moment.
    .filter((pause) => pause.from <= end && (pause.to === null || pause.to > visit.since))
    .map((pause) => ({
      ...pause,
      from: pause.from < visit.since ? visit.since : pause.from,
      to: pause.to !== null && pause.to <= end ? pause.to : visit.until && visit.until <= now ? visit.until : null,
    }));
}

/** The tiers the case went through in order: each escalation and each reopening starts a new round of clocks. */
function visitsOf(complaint: ComplaintCase, events: readonly ComplaintEventDraft[]): Visit[] {
  const starts = events.filter(
    (event) =>
      (event.kind === "escalation" && event.toTier !== null) ||
      (event.kind === "transition" && event.toStatus === "reopened" && event.fromStatus !== "reopened"),
  );
  const visits: Visit[] = [];
  let previous: Omit<Visit, "until"> = { tier: (starts[0]?.fromTier ?? complaint.tier) as EscalationTier, since: complaint.openedAt };
  for (const start of starts) {
    if (start.at >= complaint.tierSince) break;
    visits.push({ ...previous, until: start.at });
    previous = { tier: (start.toTier ?? start.fromTier ?? previous.tier) as EscalationTier, since: start.at };
  }
  // Without a timeline (the scheduler, an imported case) only the current round is known.
  if (starts.length && previous.since < complaint.tierSince) visits.push({ ...previous, until: complaint.tierSince });
  visits.push({ tier: complaint.tier, since: complaint.tierSince, until: null });
  return visits;
}

/** From the case's timestamps: what the stored case says about the round that began at `since`. */
function doneInCurrentVisit(complaint: ComplaintCase, step: SlaStep, since: Date, events: readonly ComplaintEventDraft[]): Date | null {
  const inVisit = (moment: Date | null) => (moment && moment >= since ? moment : null);
  const resolvedAt = inVisit(complaint.resolvedAt);
  switch (step) {
    case "acknowledge":
      return (
        inVisit(complaint.acknowledgedAt) ??
        acknowledgedByResolving(inVisit(complaint.firstResponseAt), resolvedAt) ??
        // Imported as acknowledged without the moment (the import has no such column): taken from the start.
        (complaint.status === "acknowledged" && complaint.acknowledgedAt === null ? since : null)
      );
    case "firstResponse":
      return complaint.firstResponseAt;
    case "diagnosis": {
      // The case keeps only its latest update; the timeline, when given, knows the first one of this round.
      const firstUpdate = events.find((event) => event.kind === "update" && event.at >= since)?.at ?? null;
      return earliest(firstUpdate ?? inVisit(complaint.lastUpdateAt), resolvedAt);
    }
    case "resolution":
      return resolvedAt;
  }
}

/** From the timeline: when the step was taken while this tier held the case. */
function doneInPastVisit(complaint: ComplaintCase, step: SlaStep, visit: Visit, events: readonly ComplaintEventDraft[]): Date | null {
  if (step === "firstResponse") return complaint.firstResponseAt;
  const during = events.filter((event) => event.at >= visit.since && event.at < visit.until!);
  const first = (match: (event: ComplaintEventDraft) => boolean) => during.find(match)?.at ?? null;
  const resolved = first((event) => event.kind === "transition" && event.toStatus === "resolved");
  switch (step) {
    case "acknowledge": {
      const answered = complaint.firstResponseAt && complaint.firstResponseAt >= visit.since && complaint.firstResponseAt < visit.until! ? complaint.firstResponseAt : null;
      return first((event) => event.kind === "transition" && event.toStatus === "acknowledged") ?? acknowledgedByResolving(answered, resolved);
    }
    case "diagnosis":
      return earliest(first((event) => event.kind === "update"), resolved);
    case "resolution":
      return resolved;
  }
}

/**
 * A round resolved without anyone pressing Acknowledge (imported history often has no acknowledgement)
 * was acknowledged when the customer was first answered in it, at the latest by the resolution.
 */
function acknowledgedByResolving(firstResponse: Date | null, resolved: Date | null): Date | null {
  return resolved ? earliest(firstResponse, resolved) : null;
}

function earliest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a <= b ? a : b;
}
