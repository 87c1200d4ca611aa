import type { Form, FormInput, Part, PersonChoice } from "../messages/message.js";
import type { CustomerHealthReport } from "./customer-health-report.js";
import { formatScore } from "./format-score.js";
import type { HealthSettings } from "./health-settings.js";

export const ASSESS_VIEW = "health_assess";
/** How many improvement-action rows the form offers; more can be added by assessing again later. */
export const ACTION_ROWS = 3;
/**
 * How many roster people an owner picker lists (where the platform has no picker of its own), the most
 * likely first (listActionOwnerChoices): three pickers of 50 names (each cut at 75 characters) keep a
 * Teams dialog under its 26 KB card budget.
 */
export const OWNER_CHOICES = 50;

/** What the form carries back with the submission: the customer, the day it was opened for, where to confirm. */
export interface AssessMetadata {
  c: number;
  on: string;
  ch?: string;
}

/**
 * The assessment form: the needs-fit judgement, an optional override (score + reason) per dimension with
 * the computed value shown, key problems, and up to three improvement actions. Input ids are the names
 * a submission is read by (and FormErrors keyed by). `owners` are the roster people an action may be given to.
 */
export function assessmentForm(report: CustomerHealthReport, settings: HealthSettings, metadata: AssessMetadata, owners: readonly PersonChoice[]): Form {
  const { customer, score } = report;
  const levels = settings.needsFit.levels.map((level) => ({ label: `${level.score} — ${level.label}`, value: String(level.score) }));
  const current = score.dimensions.find((d) => d.key === "needsFit")?.computed;
  const items: Array<FormInput | Part> = [
    { kind: "note", text: ["Assessment of ", { kind: "strong", content: customer.key }, ` dated ${metadata.on}. Saved as a snapshot: it is never rewritten later.`] },
    {
      kind: "choice-input",
      id: "needs_fit",
      label: "Needs fit: how well do our products meet the needs?",
      options: levels,
      ...(levels.some((option) => option.value === String(current)) ? { initial: [String(current)] } : {}),
    },
    { kind: "heading", text: "Overrides (optional)" },
    { kind: "note", text: "Leave a score empty to keep the computed value. An override is 0–10 with one decimal and needs a reason." },
  ];
  for (const d of score.dimensions) {
    const computed = d.computed === null ? "data incomplete" : `computed ${formatScore(d.computed)}`;
    items.push(
      // A number input: the platform refuses anything but a number from 0 to 10 as it is typed.
      { kind: "number-input", id: `override_${d.key}_score`, optional: true, label: `${d.label} (${d.weight} %) — ${computed}`, decimal: true, min: 0, max: 10, placeholder: "e.g. 8.5" },
      { kind: "text-input", id: `override_${d.key}_reason`, optional: true, label: `Reason for the ${d.label} override`, maxLength: 500 },
    );
  }
  items.push({ kind: "text-input", id: "key_problems", optional: true, label: "Key problems, one per line", multiline: true, placeholder: "orders down: competitor pricing" });
  for (let i = 0; i < ACTION_ROWS; i++) {
    items.push(
      { kind: "heading", text: `Improvement action ${i + 1} (optional)` },
      { kind: "text-input", id: `action_${i}_problem`, optional: true, label: "Problem", maxLength: 200 },
      { kind: "choice-input", id: `action_${i}_impact`, optional: true, label: "Impact", options: ["high", "medium", "low"].map((impact) => ({ label: impact, value: impact })) },
      { kind: "text-input", id: `action_${i}_measure`, optional: true, label: "Measure", maxLength: 500 },
      { kind: "person-input", id: `action_${i}_owner`, optional: true, label: "Owner", people: owners },
      { kind: "date-input", id: `action_${i}_deadline`, optional: true, label: "Deadline" },
    );
  }
  return { id: ASSESS_VIEW, title: `Assess ${customer.key}`, submit: "Save assessment", close: "Cancel", state: JSON.stringify(metadata), items };
}
