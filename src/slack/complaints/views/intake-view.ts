import type { ModalView, PlainTextOption } from "@slack/types";
import type { ComplaintSettings } from "../../../domain/complaints/complaint-settings.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import type { ViewSeal } from "../../views/view-seal.js";

export const INTAKE_VIEW = "complaint_intake";
/** Slack's limit for a plain-text input and a section: the description must fit both. */
export const DESCRIPTION_MAX_CHARS = 3_000;

export interface IntakeSource {
  /** The Slack message a complaint is logged from ("Log as complaint"). */
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

const option = (value: string, text = value): PlainTextOption => ({ text: { type: "plain_text", text: escapeMrkdwn(text, "plain").slice(0, 75) }, value });
const CLASS_OPTIONS = [
  option("urgent", "Urgent — hurts the customer's core business"),
  option("general", "General — an ordinary problem"),
  option("suggestion", "Suggestion — a non-urgent request"),
];

/** The intake modal of `/complaint new` and of the "Log as complaint" message shortcut. */
export function intakeView(settings: ComplaintSettings, departments: readonly { id: number; name: string }[], prefill: IntakePrefill, seal: ViewSeal): ModalView {
  const departmentOptions = departments.slice(0, 100).map((d) => option(String(d.id), d.name));
  const description = prefill.description === undefined ? undefined : escapeMrkdwn(prefill.description, "plain").slice(0, DESCRIPTION_MAX_CHARS);
  const view: ModalView = {
    type: "modal",
    callback_id: INTAKE_VIEW,
    title: { type: "plain_text", text: "New complaint" },
    submit: { type: "plain_text", text: "File complaint" },
    close: { type: "plain_text", text: "Cancel" },
    private_metadata: seal.seal({ source: prefill.source ?? null }),
    blocks: [
      {
        type: "input",
        block_id: "customer",
        label: { type: "plain_text", text: "Customer" },
        hint: { type: "plain_text", text: "Its key, name or an alias, e.g. ACME" },
        element: { type: "plain_text_input", action_id: "value", ...(prefill.customer ? { initial_value: escapeMrkdwn(prefill.customer, "plain") } : {}) },
      },
      {
        type: "input",
        block_id: "class",
        label: { type: "plain_text", text: "Class" },
        element: { type: "static_select", action_id: "value", options: CLASS_OPTIONS },
      },
      {
        type: "input",
        block_id: "category",
        label: { type: "plain_text", text: "Category" },
        element: { type: "static_select", action_id: "value", options: settings.categories.map((c) => option(c)) },
      },
      {
        type: "input",
        block_id: "description",
        label: { type: "plain_text", text: "Description" },
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: DESCRIPTION_MAX_CHARS,
          ...(description ? { initial_value: description } : {}),
        },
      },
      {
        type: "input",
        block_id: "source",
        optional: true,
        label: { type: "plain_text", text: "Came in through" },
        element: {
          type: "static_select",
          action_id: "value",
          options: settings.sources.map((s) => option(s)),
          ...(prefill.source ? { initial_option: option(settings.sources.includes("chat") ? "chat" : settings.sources[0]!) } : {}),
        },
      },
    ],
  };
  if (departmentOptions.length > 0) {
    view.blocks.push(
      {
        type: "input",
        block_id: "lead",
        label: { type: "plain_text", text: "Lead department" },
        element: { type: "static_select", action_id: "value", options: departmentOptions },
      },
      {
        type: "input",
        block_id: "cooperating",
        optional: true,
        label: { type: "plain_text", text: "Cooperating departments" },
        element: { type: "multi_static_select", action_id: "value", options: departmentOptions },
      },
    );
  }
  if (prefill.source?.longerThanField) {
    view.blocks.push({
      type: "context",
      elements: [{ type: "mrkdwn", text: `The message is longer than ${DESCRIPTION_MAX_CHARS.toLocaleString("en")} characters: the description holds its beginning, and the whole message is archived with the case.` }],
    });
  }
  return view;
}
