import type { View } from "@slack/types";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import type { ImprovementActionView } from "../../../db/health/improvement-action-view.js";

export const ACTION_RESULT_VIEW = "health_action_result";

/** The owner writes down what came of an improvement action. */
export function actionResultModal(action: ImprovementActionView, customerKey: string): View {
  return {
    type: "modal",
    callback_id: ACTION_RESULT_VIEW,
    private_metadata: JSON.stringify({ a: action.id }),
    title: { type: "plain_text", text: "Action result" },
    submit: { type: "plain_text", text: "Save result" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      {
        type: "section",
        text: { type: "mrkdwn", text: `*${escapeMrkdwn(customerKey)}*: ${escapeMrkdwn(action.problem)}\n→ ${escapeMrkdwn(action.measure)} (due ${action.deadline})` },
      },
      {
        type: "input",
        block_id: "result",
        label: { type: "plain_text", text: "Result" },
        element: {
          type: "plain_text_input",
          action_id: "value",
          multiline: true,
          max_length: 1000,
          placeholder: { type: "plain_text", text: "customer confirmed delivery time is down to 2 days" },
        },
      },
    ],
  };
}
