import { checkComplaintIntake } from "../../app/complaints/check-complaint-intake.js";
import type { ComplaintChat } from "../../app/complaints/complaint-chat.js";
import { fileComplaint } from "../../app/complaints/file-complaint.js";
import { listDepartments } from "../../app/complaints/list-departments.js";
import { parseIntakeSubmission } from "../../domain/complaints/parse-intake-submission.js";
import type { TeamsDeps } from "../teams-deps.js";
import type { DialogSeal } from "../dialog-seal.js";
import { intakeDialog } from "./intake-dialog.js";

/**
 * A submitted intake dialog (`task/submit`): problems come back in the dialog under their fields and
 * nothing is filed; an accepted one is filed and the dialog closes with what happened. The same
 * submission sent again (Teams retries an invoke it got no answer to) files nothing more: its id is
 * the dialog id sealed into the dialog's state when it was opened.
 */
export async function submitIntakeDialog(input: { deps: TeamsDeps; seal: DialogSeal; chat: ComplaintChat; aadObjectId: string; data: Record<string, unknown> }) {
  const { deps, seal, data } = input;
  const read = (id: string) => (typeof data[id] === "string" ? (data[id] as string) : null);
  const answers = {
    text: read,
    selected: (id: string) => read(id) || null,
    selectedMany: (id: string) => (read(id) ? read(id)!.split(",") : []),
  };
  const state = read("state") ?? "";
  const dialogId = (seal.open(state) as { dialog?: unknown } | null)?.dialog;
  const parsed = parseIntakeSubmission(answers, state, deps.settings.complaints, await listDepartments(deps), seal);
  const again = (errors: Record<string, string>) => intakeDialog(deps, seal, {}, { errors, typed: data, sealedState: state });
  if (!parsed.ok) return again(parsed.errors);
  if (typeof dialogId !== "string") return again({ description: "This form could not be verified (it is out of date or was changed); close it and open a new one. Nothing was filed." });
  const checked = await checkComplaintIntake(deps, { platform: "teams", userId: input.aadObjectId, customerQuery: parsed.fields.customer });
  if (!checked.ok) return again({ ...checked.errors });
  const { filer, customer } = checked;
  const { id } = await fileComplaint(deps, input.chat, { filer, customer, intake: parsed.fields, submissionId: `teams:${dialogId}` }, deps.clock.now());
  return { task: { type: "message" as const, value: `Complaint #${id} for ${customer.key} is filed; its card and clocks are in the lead department's channel. "complaint show ${id}" shows it any time.` } };
}
