import type { ComplaintChat } from "../../app/complaints/complaint-chat.js";
import { recordCaseSatisfaction } from "../../app/complaints/record-case-satisfaction.js";
import { redrawComplaintCards } from "../../app/complaints/redraw-complaint-cards.js";
import { parseSatisfaction } from "../../domain/complaints/parse-satisfaction.js";
import type { Message } from "../../domain/messages/message.js";
import { plainText } from "../../domain/messages/plain-text.js";
import { cleanText } from "../../domain/text/clean-text.js";
import { renderCard } from "../render/render-card.js";
import type { TeamsDeps } from "../teams-deps.js";
import type { CardActionAnswer } from "./press-complaint-button.js";
import { satisfactionPrompt } from "./satisfaction-prompt.js";

/**
 * The satisfaction prompt's button in Teams: the same rules as Slack's modal (recordCaseSatisfaction —
 * only whoever confirmed the closing, once per closing). Bad input shows the prompt again with the
 * errors under the fields; a refusal (someone else, a second answer, a case reopened meanwhile) is the
 * invoke's answer and changes nothing; a recorded answer turns the presser's card back into the case card.
 */
export async function answerSatisfaction(input: { deps: TeamsDeps; aadObjectId: string; data: Record<string, unknown> }): Promise<CardActionAnswer> {
  const { deps, data } = input;
  const complaintId = Number(data.value);
  if (!Number.isInteger(complaintId)) return { kind: "notice", text: "This button is out of date: open the case again with `complaint show <number>`." };
  const text = (id: string) => (typeof data[id] === "string" ? cleanText(data[id] as string) : "");
  const answer = parseSatisfaction({ score: text("score"), comment: text("comment") });
  if (!answer.ok) {
    const card = await caseCard(deps, complaintId);
    if (!card) return { kind: "notice", text: Object.values(answer.errors).join(" ") };
    return { kind: "card", card: satisfactionPrompt(card, complaintId, text("customer"), answer.errors, text("comment")) };
  }
  const recorded = await recordCaseSatisfaction(deps, { complaintId, user: { platform: "teams", id: input.aadObjectId }, answer: { score: answer.score, comment: answer.comment } }, deps.clock.now());
  if (!recorded.ok) return { kind: "notice", text: plainText(recorded.message) };
  const card = await caseCard(deps, complaintId);
  return card ? { kind: "card", card } : { kind: "notice", text: `Recorded: the customer's satisfaction with case #${complaintId} is ${answer.score} of 5.` };
}

/** The case card as it stands (what every copy shows), drawn without sending anything; null when it is not on Teams. */
async function caseCard(deps: TeamsDeps, complaintId: number) {
  let drawn: Message | null = null;
  const drawing: Pick<ComplaintChat, "update" | "platform"> = {
    platform: "teams",
    // The case card is drawn first; a Teams notice comes first only when the card lives in Slack, and
    // then it is what this person sees of the case anyway.
    update: async (_at, message) => void (drawn ??= message),
  };
  await redrawComplaintCards(deps, drawing, [complaintId], deps.clock.now());
  const message = drawn as Message | null;
  return message ? renderCard(message).card : null;
}
