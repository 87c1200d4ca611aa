import type { Message } from "../messages/message.js";
import type { ComplaintRecord } from "./complaint-record.js";
import { foldText } from "./fold-text.js";

/** What a notice of the temporary team shows of the description: the card has more. */
const INTRO_DESCRIPTION_CHARS = 500;

/**
 * The first message in an urgent case's temporary team channel. The description is the customer's or
 * filer's words: plain text, so `<!channel>` in it stays text, not a ping of everyone in the team.
 */
export function urgentTeamIntroMessage(record: ComplaintRecord): Message {
  const text = `Temporary team for urgent complaint #${record.case.id} · ${record.customer.key}: ${foldText(record.description, INTRO_DESCRIPTION_CHARS).shown}`;
  return { text, parts: [{ kind: "text", text }] };
}
