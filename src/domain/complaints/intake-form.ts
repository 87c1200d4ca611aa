import type { Form, FormInput, Part } from "../messages/message.js";
import type { ComplaintSettings } from "./complaint-settings.js";

export const INTAKE_FORM = "complaint_intake";
/** The longest description a form field and a paragraph hold (Slack's limit for both): the description must fit. */
export const DESCRIPTION_MAX_CHARS = 3_000;

export interface IntakeSource {
  /** The chat message a complaint is logged from ("Log as complaint"). */
  channel: string;
  ts: string;
  permalink: string | null;
  /** The message was longer than the description field: its whole text is archived on submit. */
  longerThanField: boolean;
}

export interface IntakePrefill {
  customer?: string;
  description?: string;
  source?: IntakeSource;
}

const CLASS_OPTIONS = [
  { value: "urgent", label: "Urgent — hurts the customer's core business" },
  { value: "general", label: "General — an ordinary problem" },
  { value: "suggestion", label: "Suggestion — a non-urgent request" },
];

/**
 * The intake form of `/complaint new` and of the "Log as complaint" message shortcut. Its state is the
 * message it was logged from (JSON), which the adapter seals; input ids are what the submission parser reads.
 */
export function intakeForm(settings: ComplaintSettings, departments: readonly { id: number; name: string }[], prefill: IntakePrefill): Form {
  const departmentOptions = departments.slice(0, 100).map((d) => ({ value: String(d.id), label: d.name }));
  const items: (FormInput | Part)[] = [
    { kind: "text-input", id: "customer", label: "Customer", hint: "Its key, name or an alias, e.g. ACME", ...(prefill.customer ? { initial: prefill.customer } : {}) },
    { kind: "choice-input", id: "class", label: "Class", options: CLASS_OPTIONS },
    { kind: "choice-input", id: "category", label: "Category", options: settings.categories.map((c) => ({ value: c, label: c })) },
    { kind: "text-input", id: "description", label: "Description", multiline: true, maxLength: DESCRIPTION_MAX_CHARS, ...(prefill.description ? { initial: prefill.description.slice(0, DESCRIPTION_MAX_CHARS) } : {}) },
    {
      kind: "choice-input",
      id: "source",
      optional: true,
      label: "Came in through",
      options: settings.sources.map((s) => ({ value: s, label: s })),
      ...(prefill.source ? { initial: [settings.sources.includes("chat") ? "chat" : settings.sources[0]!] } : {}),
    },
  ];
  if (departmentOptions.length > 0) {
    items.push(
      { kind: "choice-input", id: "lead", label: "Lead department", options: departmentOptions },
      { kind: "choice-input", id: "cooperating", optional: true, multiple: true, label: "Cooperating departments", options: departmentOptions },
    );
  }
  if (prefill.source?.longerThanField) {
    items.push({ kind: "note", text: `The message is longer than ${DESCRIPTION_MAX_CHARS.toLocaleString("en")} characters: the description holds its beginning, and the whole message is archived with the case.` });
  }
  return { id: INTAKE_FORM, title: "New complaint", submit: "File complaint", close: "Cancel", state: JSON.stringify({ source: prefill.source ?? null }), items };
}
