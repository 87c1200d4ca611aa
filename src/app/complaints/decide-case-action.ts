import { loadCaseStaffing } from "../../db/complaints/load-case-staffing.js";
import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import { caseActorOf } from "../../domain/complaints/case-actor-of.js";
import { casePartiesOf } from "../../domain/complaints/case-parties-of.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { decideTransition, type TransitionOutcome, type TransitionRequest } from "../../domain/complaints/decide-transition.js";
import type { CaseStaffing } from "../../domain/complaints/tiers-of-person.js";
import type { Inline } from "../../domain/messages/message.js";
import type { PlatformUser } from "../../domain/roster/platform-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { ComplaintDeps } from "./complaint-deps.js";

export interface CaseActionInput {
  complaintId: number;
  /** The person pressing, as the platform they pressed on knows them; resolved to a roster person. */
  user: PlatformUser;
  request: TransitionRequest;
}

export type DecidedCaseAction =
  | { ok: true; record: ComplaintRecord; person: RosterPerson; staffing: CaseStaffing; outcome: Extract<TransitionOutcome, { ok: true }> }
  | { ok: false; message: Inline };

const NOT_ON_ROSTER = "You are not on Steward's roster, so you cannot act on complaints. Ask your Steward admin to add you.";

/**
 * The rules' answer for a person's press, read from the stored case, without changing anything — the
 * case's people named as the team's settings place them. Applying and previewing a press both start here.
 */
export async function decideCaseAction(deps: ComplaintDeps, input: CaseActionInput, now: Date): Promise<DecidedCaseAction> {
  const [record] = await loadComplaintRecords(deps.db.prisma, [input.complaintId]);
  if (!record) return { ok: false, message: `Complaint #${input.complaintId} does not exist (any more).` };
  const person = await findPersonByIdentity(deps.db, input.user.platform, input.user.id);
  if (!person) return { ok: false, message: NOT_ON_ROSTER };
  const staffing = (await loadCaseStaffing(deps.db.prisma, deps.settings.complaints.frontline))(record);
  const parties = casePartiesOf(record, deps.settings.complaints.frontline);
  const outcome = decideTransition(record.case, input.request, caseActorOf(person, record, staffing), now, person.timeZone ?? deps.settings.calendar.timeZone, parties);
  if (!outcome.ok) return outcome;
  return { ok: true, record, person, staffing, outcome };
}
