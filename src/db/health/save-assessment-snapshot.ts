import { Prisma } from "../../generated/prisma/client.js";
import type { OwnedAssessmentDraft } from "../../domain/health/assessment-draft.js";
import { computeHealthScore, type HealthScore } from "../../domain/health/compute-health-score.js";
import { evaluationWindow } from "../../domain/health/evaluation-window.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { HealthSettings } from "../../domain/health/health-settings.js";
import type { Tx } from "../with-actor.js";
import { loadHealthEvidence } from "./load-health-evidence.js";

/**
 * Inserts one assessment as an immutable snapshot — every input, evidence line, weight and score as
 * computed on `assessedOn` with the assessor's judgement and overrides — with its overrides and actions.
 * Nothing ever updates the snapshot; later scores read new data, past assessments keep what they saw.
 * Null when the customer no longer exists.
 */
export async function saveAssessmentSnapshot(
  tx: Tx,
  input: {
    customerId: number;
    assessedOn: IsoDate;
    /** The person who assessed; id null when they are not on the roster (an imported history). */
    assessor: { id: number | null; name: string };
    /** The judgement, overrides, key problems, and actions with their owners' person ids. */
    draft: OwnedAssessmentDraft;
    recordedAt: Date;
    recordedBy: string;
    /** Where it came from when not the modal, e.g. `{ file: "history.csv", line: 4 }`. */
    source?: Record<string, unknown>;
    /** The submitted form's id (a Slack view id, `teams:<dialog id>`), unique: one submitted form records one assessment. */
    viewId?: string;
  },
  settings: { health: HealthSettings; timeZone: string },
): Promise<{ id: number; score: HealthScore } | null> {
  const { health, timeZone } = settings;
  const { assessedOn, assessor, draft } = input;
  const window = evaluationWindow({
    asOf: assessedOn,
    windowMonths: health.windowMonths,
    surveyLookbackMonths: health.surveyLookbackMonths,
    timeZone,
  });
  const found = await loadHealthEvidence(tx, input.customerId, assessedOn, window, timeZone, 1);
  if (!found) return null;
  const { customer, evidence } = found;
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
    recordedAt: input.recordedAt.toISOString(),
    recordedBy: input.recordedBy,
    ...(input.source ? { source: input.source } : {}),
    timeZone,
    weights: { ...health.weights, ...Object.fromEntries(health.extraDimensions.map((e) => [e.key, e.weight])) },
    inputs,
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
      viewId: input.viewId ?? null,
      // JSON: Dates become ISO strings, exactly as stored.
      snapshot: JSON.parse(JSON.stringify(snapshot)) as Prisma.InputJsonValue,
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
        ownerId: action.ownerId,
        deadline: new Date(`${action.deadline}T00:00:00Z`),
      })),
    });
  }
  return { id: created.id, score };
}
