import { Prisma } from "../../generated/prisma/client.js";
import type { AssessmentDraft } from "../../domain/health/assessment-draft.js";
import { computeHealthScore } from "../../domain/health/compute-health-score.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { evaluationWindow } from "../../domain/health/evaluation-window.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Database } from "../database.js";
import { withActor } from "../with-actor.js";
import { loadHealthEvidence } from "./load-health-evidence.js";

export type RecordedAssessment =
  | { ok: true; assessmentId: number; composite: number | null; grade: string | null }
  | { ok: false; errors: Record<string, string> };

/**
 * Saves an assessment as an immutable snapshot: every input, evidence line, weight and score as computed
 * on `assessedOn` with the assessor's judgement and overrides, plus its improvement actions. Nothing ever
 * updates the snapshot afterwards; a later score reads new data but past assessments keep what they saw.
 */
export async function recordAssessment(
  db: Database,
  input: {
    actor: string;
    assessorSlackUserId: string;
    customer: CustomerProfile;
    assessedOn: IsoDate;
    draft: AssessmentDraft;
    now: Date;
  },
  settings: { health: HealthSettings; timeZone: string },
): Promise<RecordedAssessment> {
  const { customer, assessedOn, draft } = input;
  const { health, timeZone } = settings;
  try {
    return await withActor(db, input.actor, async (tx) => {
      const slackIds = [input.assessorSlackUserId, ...draft.actions.map((action) => action.ownerSlackUserId)];
      const people = await tx.person.findMany({ where: { slackUserId: { in: slackIds }, active: true } });
      const bySlack = new Map(people.map((person) => [person.slackUserId, person]));
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
      if (existing) {
        return {
          ok: false,
          errors: { needsFit: `${customer.key} already has an assessment dated ${assessedOn}; assessments are never rewritten.` },
        };
      }

      const window = evaluationWindow({
        asOf: assessedOn,
        windowMonths: health.windowMonths,
        surveyLookbackMonths: health.surveyLookbackMonths,
        timeZone,
      });
      const evidence = await loadHealthEvidence(tx, customer, assessedOn, window, timeZone, 1);
      const inputs = {
        ...evidence.inputs,
        assessment: {
          assessedOn,
          assessor: assessor.name,
          needsFit: draft.needsFit,
          overrides: draft.overrides.map((o) => ({ ...o, author: assessor.name, on: assessedOn })),
        },
      };
      const score = computeHealthScore(inputs, health);
      const snapshot = {
        version: 1,
        customer: { id: customer.id, key: customer.key, name: customer.name },
        recordedAt: input.now.toISOString(),
        recordedBy: input.actor,
        timeZone,
        weights: { ...health.weights, ...Object.fromEntries(health.extraDimensions.map((e) => [e.key, e.weight])) },
        inputs: { ...inputs, window: { ...inputs.window, startAt: inputs.window.startAt.toISOString(), endAt: inputs.window.endAt.toISOString(), asOfEndAt: inputs.window.asOfEndAt.toISOString() } },
        score,
        keyProblems: draft.keyProblems,
        actions: draft.actions,
      };
      const created = await tx.assessment.create({
        data: {
          customerId: customer.id,
          assessedOn: new Date(`${assessedOn}T00:00:00Z`),
          assessorId: assessor.id,
          needsFit: draft.needsFit,
          composite: score.composite === null ? null : new Prisma.Decimal(score.composite.toFixed(1)),
          grade: score.grade?.name ?? null,
          provisional: score.provisional,
          keyProblems: draft.keyProblems,
          snapshot: snapshot as unknown as Prisma.InputJsonValue,
          overrides: {
            create: draft.overrides.map((o) => ({
              dimension: o.dimension,
              score: new Prisma.Decimal(o.score.toFixed(1)),
              reason: o.reason,
              authorId: assessor.id,
            })),
          },
        },
      });
      if (draft.actions.length > 0) {
        await tx.improvementAction.createMany({
          data: draft.actions.map((action) => ({
            assessmentId: created.id,
            customerId: customer.id,
            problem: action.problem,
            impact: action.impact,
            measure: action.measure,
            ownerId: bySlack.get(action.ownerSlackUserId)!.id,
            deadline: new Date(`${action.deadline}T00:00:00Z`),
          })),
        });
      }
      return { ok: true, assessmentId: created.id, composite: score.composite, grade: score.grade?.name ?? null };
    });
  } catch (error) {
    // Two assessors saving the same customer and day at once: the unique key decides, the loser is told.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return {
        ok: false,
        errors: { needsFit: `${customer.key} already has an assessment dated ${assessedOn}; assessments are never rewritten.` },
      };
    }
    throw error;
  }
}
