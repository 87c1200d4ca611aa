import type { ButtonControl } from "../messages/message.js";
import { COMPLAINT_ACTIONS } from "./complaint-action-ids.js";

/** The Acknowledge button of pings and pages: its value is the case id. */
export function acknowledgeButton(complaintId: number, style?: "primary"): ButtonControl {
  return { kind: "button", label: "Acknowledge", action: COMPLAINT_ACTIONS.acknowledge, value: String(complaintId), ...(style ? { style } : {}) };
}
