import { LOG_AS_COMPLAINT } from "./log-as-complaint.js";

/** The message actions Steward offers on any Teams message (the manifest's action commands, context message). */
export const TEAMS_MESSAGE_ACTIONS = [
  { id: LOG_AS_COMPLAINT, title: "Log as complaint", description: "File a complaint from this message: the intake form, prefilled with its text and a link to it." },
];
