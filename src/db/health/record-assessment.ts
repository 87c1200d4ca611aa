import { Prisma } from "../../generated/prisma/client.js";
import type { AssessmentDraft, OwnerPick } from "../../domain/health/assessment-draft.js";
import { ASSESSMENT_ROSTER_ERRORS } from "../../domain/health/assessment-roster-errors.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Database } from "../database.js";
import { type Tx, withActor } from "../with-actor.js";
import { saveAssessmentSnapshot } from "./save-assessment-snapshot.js";

export type RecordedAssessment =
  | { ok: true; assessmentId: number; composite: number | null; grade: string | null }
  /** The same form (submission id) was submitted before and recorded then: nothing was recorded now. */
  | { ok: "again"; assessmentId: number }
  | { ok: false; errors: Record<string, string> };

/**
 * Records an assessment from the form: checks what only the database knows (the assessor and the action
 * owners are active roster people, no assessment of that customer and day yet), then saves the snapshot.
 * Refusals come back as field errors, keyed like the form's. A form submitted again records nothing.
 */
export async function recordAssessment(
  db: Database,
  input: {
    /** Who the change is recorded under (audit log, snapshot). */
    actor: string;
    /** The submitted form's id on its platform (a Slack view id, a Teams dialog id): one form records once. */
    submissionId: string;
    /** The assessor's roster person id. */
    assessorId: number;
    customer: CustomerProfile;
    assessedOn: IsoDate;
    draft: AssessmentDraft;
    now: Date;
  },
  settings: { health: HealthSettings; timeZone: string },
): Promise<RecordedAssessment> {
  const { customer, assessedOn, draft } = input;
  const exists = { ok: false as const, errors: { needsFit: `${customer.key} already has an assessment dated ${assessedOn}; assessments are never rewritten.` } };
  const again = async () => {
    const earlier = await db.prisma.assessment.findUnique({ where: { viewId: input.submissionId }, select: { id: true } });
    return earlier ? { ok: "again" as const, assessmentId: earlier.id } : undefined;
  };
  const before = await again();
  if (before) return before;
  try {
    return await withActor(db, input.actor, async (tx) => {
      const [assessor] = await tx.person.findMany({ where: { id: input.assessorId, active: true }, select: { id: true, name: true } });
      const ownerIds = await Promise.all(draft.actions.map((action) => activePersonId(tx, action.owner)));
      const errors: Record<string, string> = {};
      if (!assessor) errors.assessor = ASSESSMENT_ROSTER_ERRORS.assessor;
      ownerIds.forEach((id, i) => {
        if (id === null) errors[`action.${i}.owner`] = ASSESSMENT_ROSTER_ERRORS.owner;
      });
      if (Object.keys(errors).length > 0 || !assessor) return { ok: false, errors };

      const existing = await tx.assessment.findUnique({
        where: { customerId_assessedOn: { customerId: customer.id, assessedOn: new Date(`${assessedOn}T00:00:00Z`) } },
        select: { id: true },
      });
      if (existing) return exists;

      const { actions, ...rest } = draft;
      const saved = await saveAssessmentSnapshot(
        tx,
        {
          customerId: customer.id,
          assessedOn,
          assessor: { id: assessor.id, name: assessor.name },
          draft: { ...rest, actions: actions.map((action, i) => ({ problem: action.problem, impact: action.impact, measure: action.measure, deadline: action.deadline, ownerId: ownerIds[i]! })) },
          recordedAt: input.now,
          recordedBy: input.actor,
          viewId: input.submissionId,
        },
        settings,
      );
      if (!saved) return { ok: false, errors: { needsFit: `${customer.key} no longer exists; nothing was saved.` } };
      return { ok: true, assessmentId: saved.id, composite: saved.score.composite, grade: saved.score.grade?.name ?? null };
    });
  } catch (error) {
    // Two assessors saving the same customer and day at once: the unique key decides, the loser is told —
    // unless the two were copies of one submission, when the second simply finds the first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return (await again()) ?? exists;
    throw error;
  }
}

/** The active roster person an owner pick names (by person id, or by their identity on the picker's platform); null when none. */
async function activePersonId(tx: Tx, pick: OwnerPick): Promise<number | null> {
  if ("personId" in pick) return (await tx.person.findFirst({ where: { id: pick.personId, active: true }, select: { id: true } }))?.id ?? null;
  const identity = await tx.personIdentity.findFirst({ where: { platform: pick.platform, externalId: pick.userId, person: { active: true } }, select: { personId: true } });
  return identity?.personId ?? null;
}
