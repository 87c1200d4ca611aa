import { Prisma } from "../../generated/prisma/client.js";
import type { AssessmentDraft } from "../../domain/health/assessment-draft.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { saveAssessmentSnapshot } from "./save-assessment-snapshot.js";

export type RecordedAssessment =
  | { ok: true; assessmentId: number; composite: number | null; grade: string | null }
  /** The same modal (view id) was submitted before and recorded then: nothing was recorded now. */
  | { ok: "again"; assessmentId: number }
  | { ok: false; errors: Record<string, string> };

/**
 * Records an assessment from the modal: checks what only the database knows (the assessor and the action
 * owners are on the roster, no assessment of that customer and day yet), then saves the snapshot.
 * Refusals come back as field errors, keyed like the form's. A modal submitted again records nothing.
 */
export async function recordAssessment(
  db: Database,
  input: {
    actor: string;
    /** The submitted modal's Slack view id. */
    viewId: string;
    assessorSlackUserId: string;
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
    const earlier = await db.prisma.assessment.findUnique({ where: { viewId: input.viewId }, select: { id: true } });
    return earlier ? { ok: "again" as const, assessmentId: earlier.id } : undefined;
  };
  const before = await again();
  if (before) return before;
  try {
    return await withActor(db, input.actor, async (tx) => {
      const slackIds = [input.assessorSlackUserId, ...draft.actions.map((action) => action.ownerSlackUserId)];
      const identities = await tx.personIdentity.findMany({
        where: { platform: "slack", externalId: { in: slackIds }, person: { active: true } },
        select: { externalId: true, person: { select: { id: true, name: true } } },
      });
      const bySlack = new Map(identities.map((identity) => [identity.externalId, identity.person]));
      const assessor = bySlack.get(input.assessorSlackUserId);
      const errors: Record<string, string> = {};
      if (!assessor) errors.assessor = "Only people on the roster can record an assessment.";
      draft.actions.forEach((action, i) => {
        if (!bySlack.has(action.ownerSlackUserId)) {
          errors[`action.${i}.owner`] = `<@${action.ownerSlackUserId}> is not on the roster; choose an owner who is.`;
        }
      });
      if (Object.keys(errors).length > 0 || !assessor) return { ok: false, errors };

      const existing = await tx.assessment.findUnique({
        where: { customerId_assessedOn: { customerId: customer.id, assessedOn: new Date(`${assessedOn}T00:00:00Z`) } },
        select: { id: true },
      });
      if (existing) return exists;

      const saved = await saveAssessmentSnapshot(
        tx,
        {
          customerId: customer.id,
          assessedOn,
          assessor: { id: assessor.id, name: assessor.name },
          draft,
          actionOwners: new Map(identities.map((identity) => [identity.externalId, identity.person.id])),
          recordedAt: input.now,
          recordedBy: input.actor,
          viewId: input.viewId,
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
