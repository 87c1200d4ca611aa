import type { Button, StaticSelect } from "@slack/types";
import type { Control } from "../../domain/messages/message.js";
import { escapeMrkdwn } from "../blocks/escape-mrkdwn.js";
import { clipText } from "./clip-text.js";
import { SLACK_LIMITS } from "./slack-limits.js";

/** A neutral button or choice as a Block Kit element. */
export function renderControl(control: Control): Button | StaticSelect {
  if (control.kind === "button") {
    return {
      type: "button",
      text: { type: "plain_text", text: clipText(escapeMrkdwn(control.label, "plain"), SLACK_LIMITS.buttonText) },
      action_id: control.action,
      value: control.value,
      ...(control.style ? { style: control.style } : {}),
      ...(control.confirm
        ? {
            confirm: {
              title: { type: "plain_text", text: escapeMrkdwn(control.confirm.title, "plain") },
              text: { type: "plain_text", text: escapeMrkdwn(control.confirm.text, "plain") },
              confirm: { type: "plain_text", text: escapeMrkdwn(control.confirm.confirm, "plain") },
              deny: { type: "plain_text", text: escapeMrkdwn(control.confirm.deny, "plain") },
            },
          }
        : {}),
    };
  }
  return {
    type: "static_select",
    action_id: control.action,
    placeholder: { type: "plain_text", text: clipText(escapeMrkdwn(control.placeholder, "plain"), SLACK_LIMITS.optionText) },
    options: control.options.slice(0, SLACK_LIMITS.optionsPerSelect).map((option) => ({
      text: { type: "plain_text", text: clipText(escapeMrkdwn(option.label, "plain"), SLACK_LIMITS.optionText) },
      value: option.value,
    })),
  };
}
