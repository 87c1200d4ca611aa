import { applyCaseAction } from "../../app/complaints/apply-case-action.js";
import type { ComplaintChat } from "../../app/complaints/complaint-chat.js";
import { previewCaseAction } from "../../app/complaints/preview-case-action.js";
import { type CaseTextAction, caseTextForm } from "../../domain/complaints/case-text-form.js";
import { caseTextRequest } from "../../domain/complaints/case-text-request.js";
import type { EscalationTier } from "../../domain/complaints/complaint-case.js";
import { COMPLAINT_ACTIONS } from "../../domain/complaints/complaint-action-ids.js";
import type { TransitionRequest } from "../../domain/complaints/decide-transition.js";
import { waitingOnCustomerForm } from "../../domain/complaints/waiting-on-customer-form.js";
import type { Form, Message } from "../../domain/messages/message.js";
import { plainText } from "../../domain/messages/plain-text.js";
import { cleanText } from "../../domain/text/clean-text.js";
import type { AdaptiveCard } from "../render/adaptive-card.js";
import { renderCard } from "../render/render-card.js";
import { renderDialog } from "../render/render-dialog.js";
import type { TeamsDeps } from "../teams-deps.js";
import { satisfactionPrompt } from "./satisfaction-prompt.js";

type CaseAction = keyof typeof COMPLAINT_ACTIONS;
const ACTION_OF = new Map<string, CaseAction>(Object.entries(COMPLAINT_ACTIONS).map(([action, verb]) => [verb, action as CaseAction]));

/** The verbs of the case card's buttons, as Teams sends them (Action.Execute). */
export const COMPLAINT_VERBS: readonly string[] = [...ACTION_OF.keys()];

export type CardActionAnswer = { kind: "card"; card: AdaptiveCard } | { kind: "notice"; text: string };

/**
 * A case-card button pressed in Teams: the same rules and use case as in Slack (applyCaseAction), with
 * the presser known by their AAD object id. Acknowledge, Customer replied and Confirm apply at once;
 * the buttons that need words (escalate, update, resolve, reopen, waiting on customer) first turn the
 * card, for the presser, into their form — its Action.Execute sends the same verb with the typed text,
 * which then applies. As in Slack, the rules are asked before a form is shown (a press that would be
 * refused says so instead) and the escalate form offers the tier skip when the case is at tier 1 (the
 * rules refuse a skip by someone below tier 2). A refusal is the invoke's answer (Teams shows it to the
 * presser alone); an applied press answers with the case card redrawn, which every other copy gets
 * through the update — for whoever confirmed the closing, with the satisfaction prompt beneath it.
 */
export async function pressComplaintButton(input: { deps: TeamsDeps; chat: ComplaintChat; verb: string; aadObjectId: string; data: Record<string, unknown> }): Promise<CardActionAnswer> {
  const action = ACTION_OF.get(input.verb);
  const complaintId = Number(input.data.value);
  if (!action || !Number.isInteger(complaintId)) return { kind: "notice", text: "This button is out of date: open the case again with `complaint show <number>`." };
  const typed = (id: string) => (typeof input.data[id] === "string" ? cleanText(input.data[id] as string) : null);
  const request = requestOf(action, typed);
  const user = { platform: "teams" as const, id: input.aadObjectId };
  if (!request) {
    const textAction = action as CaseTextAction;
    const preview = await previewCaseAction(input.deps, { complaintId, user, request: action === "wait" ? { action, asked: "?" } : caseTextRequest(textAction, "?") }, input.deps.clock.now());
    if (!preview.ok) return { kind: "notice", text: plainText(preview.message) };
    const form = action === "wait" ? waitingOnCustomerForm(complaintId) : caseTextForm(complaintId, textAction, preview.tier);
    return { kind: "card", card: inlineForm(form, input.verb, complaintId) };
  }
  let redrawn: Message | null = null;
  const capturing: ComplaintChat = {
    ...input.chat,
    update: async (at, message) => {
      redrawn ??= message;
      await input.chat.update(at, message);
    },
  };
  const result = await applyCaseAction(input.deps, capturing, { complaintId, user, request }, input.deps.clock.now());
  if (!result.ok) return { kind: "notice", text: plainText(result.message) };
  if (!redrawn) return { kind: "notice", text: "Done." };
  const card = renderCard(redrawn).card;
  // Slack opens the satisfaction modal for whoever confirmed; Teams asks the same beneath their card.
  return { kind: "card", card: action === "confirm" ? satisfactionPrompt(card, complaintId, result.record.customer.key) : card };
}

/** The press as the rules' request; null when it needs words the press did not carry yet. */
function requestOf(action: CaseAction, typed: (id: string) => string | null): TransitionRequest | null {
  const text = typed("text")?.trim();
  switch (action) {
    case "acknowledge":
    case "resume":
    case "confirm":
      return { action };
    case "wait": {
      const asked = typed("asked")?.trim();
      return asked === undefined ? null : { action, asked };
    }
    default: {
      const tier = typed("tier");
      return text === undefined ? null : caseTextRequest(action, text, action === "escalate" && tier ? (Number(tier) as EscalationTier) : undefined);
    }
  }
}

/** A form shown in the card itself: its inputs, and one Action.Execute that sends them with the case id. */
function inlineForm(form: Form, verb: string, complaintId: number): AdaptiveCard {
  const { card } = renderDialog(form, "");
  const [submit] = card.actions ?? [];
  return { ...card, actions: [{ type: "Action.Execute", title: (submit as { title?: string } | undefined)?.title ?? "Send", verb, data: { value: String(complaintId) }, associatedInputs: "auto" }] };
}
