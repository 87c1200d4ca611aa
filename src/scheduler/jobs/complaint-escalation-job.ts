import { runComplaintTimers, type RunComplaintTimersOptions } from "../../app/complaints/run-complaint-timers.js";
import type { Job } from "../job.js";

/** The complaint timers on every tick: the use case decides, escalates, warns and pages (runComplaintTimers). */
export function complaintEscalationJob(options: RunComplaintTimersOptions = {}): Job {
  return {
    name: "complaint-escalation",
    run: (now, ctx) => runComplaintTimers(ctx, now, options),
  };
}
