import { randomUUID } from "node:crypto";
import { listDepartments } from "../../app/complaints/list-departments.js";
import { intakeForm, type IntakePrefill } from "../../domain/complaints/intake-form.js";
import type { FormErrors } from "../../domain/messages/message.js";
import { renderDialog } from "../render/render-dialog.js";
import type { TeamsDeps } from "../teams-deps.js";
import type { DialogSeal } from "../dialog-seal.js";

/**
 * The answer to `task/fetch`, and to a refused `task/submit`: the intake form as a Teams dialog. A
 * dialog's sealed state carries its own id (`dialog`), which files its complaint once however often it is
 * submitted. A refused one comes back with its errors under the fields and what the person typed still in them.
 */
export async function intakeDialog(deps: TeamsDeps, seal: DialogSeal, prefill: IntakePrefill, refused?: { errors: FormErrors; typed: Record<string, unknown>; sealedState: string }) {
  const form = intakeForm(deps.settings.complaints, await listDepartments(deps), prefill);
  const { title, card } = renderDialog(form, refused?.sealedState ?? seal.seal({ ...(JSON.parse(form.state) as object), dialog: randomUUID() }), refused?.errors, refused?.typed);
  return { task: { type: "continue" as const, value: { title, card: { contentType: "application/vnd.microsoft.card.adaptive", content: card } } } };
}
