import type { AssessmentDraft, AssessmentForm, OwnerPick } from "./assessment-draft.js";
import type { IsoDate } from "./health-inputs.js";
import { CORE_DIMENSIONS, type HealthSettings } from "./health-settings.js";
import { describeBadIsoDate } from "../calendar/describe-bad-iso-date.js";
import { parseOverrideScore } from "./parse-override-score.js";

export const MAX_REASON = 500;
export const MAX_PROBLEM = 200;
export const MAX_KEY_PROBLEMS = 10;

/**
 * Field keys of errors: `needsFit`, `override.<dimension>.score|reason`, `keyProblems`,
 * `action.<n>.problem|impact|measure|owner|deadline` — the modal maps each to its input.
 */
export type AssessmentFormErrors = Record<string, string>;

export type ValidatedAssessment = { ok: true; draft: AssessmentDraft } | { ok: false; errors: AssessmentFormErrors };

/** Checks an assessment form field by field, so every problem is shown next to its input at once. */
export function validateAssessmentForm(form: AssessmentForm, assessedOn: IsoDate, settings: HealthSettings): ValidatedAssessment {
  const errors: AssessmentFormErrors = {};
  const text = (value: string | undefined) => (value ?? "").trim();

  const levels = settings.needsFit.levels.map((level) => level.score);
  const needsFit = Number(text(form.needsFit));
  if (!text(form.needsFit)) errors.needsFit = "Choose how well the products meet the customer's needs.";
  else if (!levels.includes(needsFit)) errors.needsFit = `Choose one of the listed judgements (${levels.join(", ")}).`;

  const dimensions = [...CORE_DIMENSIONS, ...settings.extraDimensions.map((extra) => extra.key)];
  const overrides: AssessmentDraft["overrides"] = [];
  for (const [dimension, entry] of Object.entries(form.overrides)) {
    if (!dimensions.includes(dimension)) {
      errors[`override.${dimension}.score`] = `There is no dimension \`${dimension}\`.`;
      continue;
    }
    const scoreText = text(entry.score);
    const reason = text(entry.reason);
    if (!scoreText && !reason) continue;
    if (!scoreText) {
      errors[`override.${dimension}.score`] = "Give the score this reason is for (0–10, e.g. 8.5), or clear the reason.";
      continue;
    }
    const parsed = parseOverrideScore(scoreText);
    if (!parsed.ok) errors[`override.${dimension}.score`] = parsed.message;
    if (!reason) errors[`override.${dimension}.reason`] = "An override needs a written reason, e.g. “orders steady at ¥1.2M ± ¥0.1M”.";
    else if (reason.length > MAX_REASON) errors[`override.${dimension}.reason`] = `Keep the reason under ${MAX_REASON} characters.`;
    if (parsed.ok && reason && reason.length <= MAX_REASON) overrides.push({ dimension, score: parsed.score, reason });
  }

  const keyProblems = text(form.keyProblems)
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  if (keyProblems.length > MAX_KEY_PROBLEMS) errors.keyProblems = `List at most ${MAX_KEY_PROBLEMS} key problems, one per line.`;
  else if (keyProblems.some((line) => line.length > MAX_PROBLEM)) errors.keyProblems = `Keep each key problem under ${MAX_PROBLEM} characters.`;

  const actions: AssessmentDraft["actions"] = [];
  form.actions.forEach((row, i) => {
    const fields = { problem: text(row.problem), impact: text(row.impact), measure: text(row.measure), deadline: text(row.deadline) };
    const owner = pickedOwner(row.owner);
    // A row left entirely empty is simply not used; a started row must be complete.
    if (!fields.problem && !fields.measure && !owner && !fields.deadline) return;
    const at = (field: string) => `action.${i}.${field}`;
    if (!fields.problem) errors[at("problem")] = "Describe the problem this action addresses.";
    else if (fields.problem.length > MAX_PROBLEM) errors[at("problem")] = `Keep the problem under ${MAX_PROBLEM} characters.`;
    if (!["high", "medium", "low"].includes(fields.impact)) errors[at("impact")] = "Choose the impact: high, medium or low.";
    if (!fields.measure) errors[at("measure")] = "Say what will be done, e.g. “weekly delivery review with the plant”.";
    else if (fields.measure.length > MAX_REASON) errors[at("measure")] = `Keep the measure under ${MAX_REASON} characters.`;
    if (!owner) errors[at("owner")] = "Choose who owns this action.";
    const deadlineProblem = fields.deadline ? describeBadIsoDate(fields.deadline) : "Pick a deadline (YYYY-MM-DD, e.g. 2026-12-31).";
    if (deadlineProblem) errors[at("deadline")] = deadlineProblem;
    else if (fields.deadline < assessedOn) errors[at("deadline")] = `The deadline ${fields.deadline} is before the assessment (${assessedOn}).`;
    if (owner && !Object.keys(errors).some((key) => key.startsWith(`action.${i}.`))) {
      actions.push({
        problem: fields.problem,
        impact: fields.impact as "high" | "medium" | "low",
        measure: fields.measure,
        owner,
        deadline: fields.deadline,
      });
    }
  });

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, draft: { needsFit, overrides, keyProblems, actions } };
}

/** The pick, when it names someone: a person id that is a positive whole number, or a non-empty platform user id. */
function pickedOwner(pick: OwnerPick | undefined): OwnerPick | null {
  if (!pick) return null;
  if ("personId" in pick) return Number.isSafeInteger(pick.personId) && pick.personId > 0 ? pick : null;
  const userId = pick.userId.trim();
  return userId ? { platform: pick.platform, userId } : null;
}
