import type { FormErrors } from "../messages/message.js";
import { SATISFACTION_COMMENT_MAX_CHARS } from "./satisfaction-form.js";

export type SatisfactionInput = { ok: true; score: number; comment: string | null } | { ok: false; errors: FormErrors };

/** The satisfaction form's answers (raw text, as any platform sends them), or what was wrong, per field. */
export function parseSatisfaction(raw: { score?: string | null; comment?: string | null }): SatisfactionInput {
  const errors: Record<string, string> = {};
  const text = (raw.score ?? "").trim();
  const score = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!text) errors.score = "Give the customer's satisfaction as a whole number from 1 (very dissatisfied) to 5 (very satisfied), e.g. 4.";
  else if (!Number.isInteger(score) || score < 1 || score > 5) {
    errors.score = `"${text.slice(0, 20)}" is not a score: give a whole number from 1 (very dissatisfied) to 5 (very satisfied), e.g. 4.`;
  }
  const comment = (raw.comment ?? "").trim();
  if (comment.length > SATISFACTION_COMMENT_MAX_CHARS) errors.comment = `The comment has ${comment.length} characters; keep it to ${SATISFACTION_COMMENT_MAX_CHARS}.`;
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, score, comment: comment || null };
}
