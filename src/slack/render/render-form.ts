import type { InputBlock, KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import type { Form, FormInput, Part } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";
import { clipText } from "./clip-text.js";
import { renderPart } from "./render-part.js";
import { SLACK_LIMITS } from "./slack-limits.js";

const plain = (text: string, max: number) => ({ type: "plain_text" as const, text: clipText(escapeMrkdwn(text, "plain"), max) });

/**
 * A neutral form as a Slack modal. Each input is an input block whose block_id is the input's id and
 * whose element's action_id is `value`, so a submission reads `values[id].value`. `state` goes in
 * private_metadata as given: the adapter seals it before.
 */
export function renderForm(form: Form, sealedState: string): ModalView {
  return {
    type: "modal",
    callback_id: form.id,
    title: plain(form.title, SLACK_LIMITS.viewTitle),
    submit: plain(form.submit, SLACK_LIMITS.viewSubmit),
    ...(form.close ? { close: plain(form.close, SLACK_LIMITS.viewSubmit) } : {}),
    private_metadata: sealedState,
    blocks: form.items.slice(0, SLACK_LIMITS.blocksPerView).map((item): KnownBlock => (isInput(item) ? renderInput(item) : renderPart(item))),
  };
}

function isInput(item: FormInput | Part): item is FormInput {
  return item.kind.endsWith("-input");
}

function renderInput(input: FormInput): InputBlock {
  const option = (o: { label: string; value: string }): PlainTextOption => ({ text: plain(o.label, SLACK_LIMITS.optionText), value: o.value });
  const placeholder = input.placeholder ? { placeholder: plain(input.placeholder, SLACK_LIMITS.optionText) } : {};
  const base = {
    type: "input" as const,
    block_id: input.id,
    ...(input.optional ? { optional: true } : {}),
    label: plain(input.label, SLACK_LIMITS.inputLabel),
    ...(input.hint ? { hint: plain(input.hint, SLACK_LIMITS.inputLabel) } : {}),
  };
  switch (input.kind) {
    case "text-input":
      return {
        ...base,
        element: {
          type: "plain_text_input",
          action_id: "value",
          ...(input.multiline ? { multiline: true } : {}),
          ...(input.maxLength ? { max_length: input.maxLength } : {}),
          ...placeholder,
          ...(input.initial !== undefined && input.initial !== "" ? { initial_value: escapeMrkdwn(input.initial, "plain") } : {}),
        },
      };
    case "number-input":
      return {
        ...base,
        element: {
          type: "number_input",
          action_id: "value",
          is_decimal_allowed: Boolean(input.decimal),
          ...(input.min !== undefined ? { min_value: String(input.min) } : {}),
          ...(input.max !== undefined ? { max_value: String(input.max) } : {}),
          ...placeholder,
          ...(input.initial !== undefined ? { initial_value: String(input.initial) } : {}),
        },
      };
    case "date-input":
      return { ...base, element: { type: "datepicker", action_id: "value", ...placeholder, ...(input.initial ? { initial_date: input.initial } : {}) } };
    case "person-input":
      return { ...base, element: { type: "users_select", action_id: "value", ...placeholder, ...(input.initial?.slack ? { initial_user: input.initial.slack } : {}) } };
    case "choice-input": {
      const options = input.options.slice(0, SLACK_LIMITS.optionsPerSelect).map(option);
      const chosen = input.initial ?? [];
      const initial = options.filter((o) => chosen.includes(o.value ?? ""));
      if (input.multiple) {
        return { ...base, element: { type: "multi_static_select", action_id: "value", options, ...placeholder, ...(initial.length ? { initial_options: initial } : {}) } };
      }
      return { ...base, element: { type: "static_select", action_id: "value", options, ...placeholder, ...(initial[0] ? { initial_option: initial[0] } : {}) } };
    }
  }
}
