import { z } from "zod";
import { cleanText } from "../text/clean-text.js";
import type { ComplaintClass } from "./complaint-case.js";
import { COMPLAINT_CLASSES } from "./complaint-case.js";
import type { ComplaintSettings } from "./complaint-settings.js";
import { DESCRIPTION_MAX_CHARS, type IntakeSource } from "./intake-form.js";

const intakeMetadata = z.object({
  source: z
    .object({
      // A Slack channel and message ts, or a Teams conversation id and message id.
      channel: z.string().min(1).max(200),
      ts: z.string().regex(/^\d+(\.\d+)?$/),
      permalink: z.string().url().nullable(),
      longerThanField: z.boolean(),
    })
    .nullable(),
});

export interface IntakeFields {
  customer: string;
  class: ComplaintClass;
  category: string;
  description: string;
  source: string | null;
  leadDepartmentId: number | null;
  cooperatingDepartmentIds: number[];
  origin: IntakeSource | null;
}

/** A submitted intake form as each platform reads it: the raw text of an input, the value(s) chosen in a choice. */
export interface IntakeAnswers {
  text(id: string): string | null;
  selected(id: string): string | null;
  selectedMany(id: string): string[];
}

/**
 * Reads a submitted intake form (intakeForm); problems come back per input id, shown under the field.
 * The customer is only checked for presence here; the roster lookup with suggestions happens next,
 * against the database. `sealedState` is the form's state as the adapter sealed it ("" when it had none).
 */
export function parseIntakeSubmission(
  answers: IntakeAnswers,
  sealedState: string,
  settings: ComplaintSettings,
  departments: readonly { id: number; name: string }[],
  seal: { open(text: string): unknown },
): { ok: true; fields: IntakeFields } | { ok: false; errors: Record<string, string> } {
  const text = (id: string) => cleanText(answers.text(id) ?? "").trim();
  const selected = (id: string) => answers.selected(id);
  const errors: Record<string, string> = {};

  const customer = text("customer");
  if (!customer) errors.customer = "Name the customer: its key, name or an alias, e.g. ACME.";
  const complaintClass = selected("class");
  if (!complaintClass || !(COMPLAINT_CLASSES as readonly string[]).includes(complaintClass)) errors.class = "Choose urgent, general or suggestion.";
  const category = selected("category");
  if (!category || !settings.categories.includes(category)) errors.category = `Choose one of ${settings.categories.join(", ")}.`;
  // NUL, controls and a lone surrogate are cleaned, not refused: the rest of the description is kept.
  const description = cleanText(answers.text("description") ?? "");
  if (!description.trim()) {
    errors.description = "Describe the problem: what happened, and what the customer needs.";
  } else if (description.length > DESCRIPTION_MAX_CHARS) {
    errors.description = `That is ${description.length.toLocaleString("en")} characters; at most ${DESCRIPTION_MAX_CHARS.toLocaleString("en")} fit. Summarize here and add details as updates in the case thread.`;
  }
  const source = selected("source");
  if (source !== null && !settings.sources.includes(source)) errors.source = `Choose one of ${settings.sources.join(", ")}.`;
  const lead = selected("lead");
  const nameOf = (id: string) => departments.find((d) => String(d.id) === id)?.name;
  const choices = departments.map((d) => d.name).join(", ");
  if (lead === null ? departments.length > 0 : !nameOf(lead)) errors.lead = `Choose the lead department: one of ${choices}.`;
  const cooperatingValues = answers.selectedMany("cooperating");
  const cooperatingProblem = describeCooperatingProblem(cooperatingValues, lead, nameOf, choices);
  if (cooperatingProblem) errors.cooperating = cooperatingProblem;
  // The form's origin (the message it was logged from) is trusted only as Steward sealed it. No metadata
  // at all claims no origin, which is harmless: nothing is read from a channel, no link goes on the card.
  const metadata = intakeMetadata.safeParse(sealedState ? seal.open(sealedState) : { source: null });
  if (!metadata.success) errors.description = "This form could not be verified (it is out of date or was changed); close it and open a new one. Nothing was filed.";
  if (Object.keys(errors).length > 0 || !metadata.success) return { ok: false, errors };
  const cooperating = cooperatingValues.map(Number);
  const origin: IntakeSource | null = metadata.data.source;
  return {
    ok: true,
    fields: {
      customer,
      class: complaintClass as ComplaintClass,
      category: category!,
      description: description.trim(),
      source,
      leadDepartmentId: lead === null ? null : Number(lead),
      cooperatingDepartmentIds: cooperating,
      origin,
    },
  };
}

/** Cooperating departments are refused, never dropped: an unknown one, one chosen twice, or the lead department itself. */
function describeCooperatingProblem(values: string[], lead: string | null, nameOf: (id: string) => string | undefined, choices: string): string | null {
  const seen = new Set<string>();
  for (const value of values) {
    const name = nameOf(value);
    if (!name) return `There is no department ${value}: choose from ${choices}.`;
    if (seen.has(value)) return `${name} is chosen twice: name each cooperating department once.`;
    if (value === lead) return `${name} is the lead department: a cooperating department is another one.`;
    seen.add(value);
  }
  return null;
}
