import type { KnownBlock, View } from "@slack/types";
import type { CustomerHealthReport } from "../../../domain/health/customer-health-report.js";
import { formatScore } from "../../../domain/health/format-score.js";
import type { HealthSettings } from "../../../domain/health/health-settings.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";

export const ASSESS_VIEW = "health_assess";
/** How many improvement-action rows the modal offers; more can be added by assessing again later. */
export const ACTION_ROWS = 3;

export interface AssessMetadata {
  c: number;
  on: string;
  ch?: string;
}

/**
 * The assessment form: the needs-fit judgement, an optional override (score + reason) per dimension with
 * the computed value shown, key problems, and up to three improvement actions.
 */
export function assessmentModal(report: CustomerHealthReport, settings: HealthSettings, metadata: AssessMetadata): View {
  const { customer, score } = report;
  const levels = settings.needsFit.levels.map((level) => ({
    text: { type: "plain_text" as const, text: `${level.score} — ${level.label}`.slice(0, 75) },
    value: String(level.score),
  }));
  const current = score.dimensions.find((d) => d.key === "needsFit")?.computed;
  const initial = levels.find((option) => option.value === String(current));
  const blocks: KnownBlock[] = [
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: `Assessment of *${escapeMrkdwn(customer.key)}* dated ${metadata.on}. Saved as a snapshot: it is never rewritten later.` }],
    },
    {
      type: "input",
      block_id: "needs_fit",
      label: { type: "plain_text", text: "Needs fit: how well do our products meet the needs?" },
      element: { type: "static_select", action_id: "value", options: levels, ...(initial ? { initial_option: initial } : {}) },
    },
    { type: "header", text: { type: "plain_text", text: "Overrides (optional)" } },
    {
      type: "context",
      elements: [{ type: "mrkdwn", text: "Leave a score empty to keep the computed value. An override is 0–10 with one decimal and needs a reason." }],
    },
  ];
  for (const d of score.dimensions) {
    const computed = d.computed === null ? "data incomplete" : `computed ${formatScore(d.computed)}`;
    blocks.push(
      {
        type: "input",
        block_id: `override_${d.key}_score`,
        optional: true,
        label: { type: "plain_text", text: `${d.label} (${d.weight} %) — ${computed}`.slice(0, 2000) },
        // A number input: Slack's client refuses anything but a number from 0 to 10 as it is typed.
        element: {
          type: "number_input",
          action_id: "value",
          is_decimal_allowed: true,
          min_value: "0",
          max_value: "10",
          placeholder: { type: "plain_text", text: "e.g. 8.5" },
        },
      },
      {
        type: "input",
        block_id: `override_${d.key}_reason`,
        optional: true,
        label: { type: "plain_text", text: `Reason for the ${d.label} override` },
        element: { type: "plain_text_input", action_id: "value", max_length: 500 },
      },
    );
  }
  blocks.push({
    type: "input",
    block_id: "key_problems",
    optional: true,
    label: { type: "plain_text", text: "Key problems, one per line" },
    element: {
      type: "plain_text_input",
      action_id: "value",
      multiline: true,
      placeholder: { type: "plain_text", text: "orders down: competitor pricing" },
    },
  });
  for (let i = 0; i < ACTION_ROWS; i++) {
    const n = i + 1;
    blocks.push(
      { type: "header", text: { type: "plain_text", text: `Improvement action ${n} (optional)` } },
      {
        type: "input",
        block_id: `action_${i}_problem`,
        optional: true,
        label: { type: "plain_text", text: "Problem" },
        element: { type: "plain_text_input", action_id: "value", max_length: 200 },
      },
      {
        type: "input",
        block_id: `action_${i}_impact`,
        optional: true,
        label: { type: "plain_text", text: "Impact" },
        element: {
          type: "static_select",
          action_id: "value",
          options: ["high", "medium", "low"].map((impact) => ({ text: { type: "plain_text" as const, text: impact }, value: impact })),
        },
      },
      {
        type: "input",
        block_id: `action_${i}_measure`,
        optional: true,
        label: { type: "plain_text", text: "Measure" },
        element: { type: "plain_text_input", action_id: "value", max_length: 500 },
      },
      {
        type: "input",
        block_id: `action_${i}_owner`,
        optional: true,
        label: { type: "plain_text", text: "Owner" },
        element: { type: "users_select", action_id: "value" },
      },
      {
        type: "input",
        block_id: `action_${i}_deadline`,
        optional: true,
        label: { type: "plain_text", text: "Deadline" },
        element: { type: "datepicker", action_id: "value" },
      },
    );
  }
  return {
    type: "modal",
    callback_id: ASSESS_VIEW,
    private_metadata: JSON.stringify(metadata),
    title: { type: "plain_text", text: escapeMrkdwn(`Assess ${customer.key}`, "plain").slice(0, 24) },
    submit: { type: "plain_text", text: "Save assessment" },
    close: { type: "plain_text", text: "Cancel" },
    blocks,
  };
}
