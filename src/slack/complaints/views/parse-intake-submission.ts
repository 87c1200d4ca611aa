import type { ComplaintClass } from "../../../domain/complaints/complaint-case.js";
import { COMPLAINT_CLASSES } from "../../../domain/complaints/complaint-case.js";
import type { ComplaintSettings } from "../../../domain/complaints/complaint-settings.js";
import { z } from "zod";
import { cleanText } from "../../../domain/text/clean-text.js";
import type { ViewSeal } from "../../views/view-seal.js";
import { DESCRIPTION_MAX_CHARS, type IntakeSource } from "../../../domain/complaints/intake-form.js";

const intakeMetadata = z.object({
  source: z
    .object({
      channel: z.string().min(1).max(40),
      ts: z.string().regex(/^\d+\.\d+$/),
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

type StateValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null; selected_options?: { value: string }[] }>>;

/**
 * Reads the intake modal; problems come back per block id, as Slack shows them under the field
 * (`response_action: "errors"`). The customer is only checked for presence here; the roster lookup
 * with suggestions happens next, against the database.
 */
export function parseIntakeSubmission(
  values: StateValues,
  privateMetadata: string,
  settings: ComplaintSettings,
  departments: readonly { id: number; name: string }[],
  seal: ViewSeal,
): { ok: true; fields: IntakeFields } | { ok: false; errors: Record<string, string> } {
  const text = (block: string) => cleanText(values[block]?.value?.value ?? "").trim();
  const selected = (block: string) => values[block]?.value?.selected_option?.value ?? null;
  const errors: Record<string, string> = {};

  const customer = text("customer");
  if (!customer) errors.customer = "Name the customer: its key, name or an alias, e.g. ACME.";
  const complaintClass = selected("class");
  if (!complaintClass || !(COMPLAINT_CLASSES as readonly string[]).includes(complaintClass)) errors.class = "Choose urgent, general or suggestion.";
  const category = selected("category");
  if (!category || !settings.categories.includes(category)) errors.category = `Choose one of ${settings.categories.join(", ")}.`;
  // NUL, controls and a lone surrogate are cleaned, not refused: the rest of the description is kept.
  const description = cleanText(values.description?.value?.value ?? "");
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
  const cooperatingValues = (values.cooperating?.value?.selected_options ?? []).map((o) => o.value);
  const cooperatingProblem = describeCooperatingProblem(cooperatingValues, lead, nameOf, choices);
  if (cooperatingProblem) errors.cooperating = cooperatingProblem;
  // The form's origin (the message it was logged from) is trusted only as Steward sealed it. No metadata
  // at all claims no origin, which is harmless: nothing is read from a channel, no link goes on the card.
  const metadata = intakeMetadata.safeParse(privateMetadata ? seal.open(privateMetadata) : { source: null });
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
