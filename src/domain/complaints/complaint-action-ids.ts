/** Action ids of the case buttons (declared in manifest.yml through the registrar); the value is the case id. */
export const COMPLAINT_ACTIONS = {
  acknowledge: "complaint_acknowledge",
  escalate: "complaint_escalate",
  update: "complaint_update",
  wait: "complaint_wait",
  resume: "complaint_resume",
  resolve: "complaint_resolve",
  confirm: "complaint_confirm",
  reopen: "complaint_reopen",
} as const;
