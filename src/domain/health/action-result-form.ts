import type { Form } from "../messages/message.js";
import type { ImprovementActionView } from "./improvement-action-view.js";

export const ACTION_RESULT_VIEW = "health_action_result";

/** The owner writes down what came of an improvement action. */
export function actionResultForm(action: ImprovementActionView, customerKey: string): Form {
  return {
    id: ACTION_RESULT_VIEW,
    title: "Action result",
    submit: "Save result",
    close: "Cancel",
    state: JSON.stringify({ a: action.id }),
    items: [
      { kind: "text", text: [{ kind: "strong", content: customerKey }, ": ", action.problem, "\n→ ", action.measure, ` (due ${action.deadline})`] },
      { kind: "text-input", id: "result", label: "Result", multiline: true, maxLength: 1000, placeholder: "customer confirmed delivery time is down to 2 days" },
    ],
  };
}
