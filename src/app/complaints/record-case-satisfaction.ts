import { loadComplaintRecords } from "../../db/complaints/load-complaint-records.js";
import { recordSatisfaction } from "../../db/complaints/record-satisfaction.js";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import { formatMoment } from "../../domain/complaints/format-moment.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { PlatformUser } from "../../domain/roster/platform-identity.js";
import type { Inline } from "../../domain/messages/message.js";
import type { ComplaintDeps } from "./complaint-deps.js";

export interface CaseSatisfactionInput {
  complaintId: number;
  /** Whoever submits the answer, as their platform knows them; resolved to a roster person. */
  user: PlatformUser;
  answer: { score: number; comment: string | null };
}

/**
 * The customer's satisfaction with a closed case, recorded once per closing by whoever confirmed the
 * closing (they spoke with the customer). A second answer, or one for a case reopened meanwhile, changes
 * nothing and says why.
 */
export async function recordCaseSatisfaction(deps: ComplaintDeps, input: CaseSatisfactionInput, now: Date): Promise<{ ok: true } | { ok: false; message: Inline }> {
  const { complaintId } = input;
  const [record] = await loadComplaintRecords(deps.db.prisma, [complaintId]);
  const person = await findPersonByIdentity(deps.db, input.user.platform, input.user.id);
  // Who confirmed is stored as an actor (actorOf): compared the same way, whichever platform each used.
  const actor = person ? actorOf(person) : null;
  if (!record || actor === null || record.case.closedBy !== actor) {
    return { ok: false, message: `Only the person who confirmed case #${complaintId} closed records the customer's satisfaction. Nothing was recorded.` };
  }
  const outcome = await recordSatisfaction(deps.db, complaintId, input.answer, actor, now);
  if (outcome.kind === "not-closed") return { ok: false, message: `Case #${complaintId} is not closed (any more): nothing was recorded.` };
  if (outcome.kind === "already") {
    const when = formatMoment(outcome.recordedAt, now, deps.settings.calendar.timeZone);
    return { ok: false, message: `The customer's satisfaction with case #${complaintId} is recorded already (${outcome.score} of 5, at ${when}); nothing was changed.` };
  }
  return { ok: true };
}
