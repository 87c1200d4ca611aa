import type { EscalationTier } from "./complaint-case.js";
import type { CaseTextAction } from "./case-text-form.js";
import type { TransitionRequest } from "./decide-transition.js";

/** What a case-text form asks the rules: its words as the action's reason, update or solution. */
export function caseTextRequest(action: CaseTextAction, text: string, toTier?: EscalationTier): TransitionRequest {
  switch (action) {
    case "escalate":
      return { action, reason: text, toTier };
    case "update":
      return { action, text };
    case "resolve":
      return { action, solution: text };
    case "reopen":
      return { action, reason: text };
  }
}
