import type { KnownBlock } from "@slack/types";
import type { ComplaintRecord } from "../../../domain/complaints/complaint-record.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { foldText } from "../../../domain/complaints/fold-text.js";

/** What a notice of the temporary team shows of the description: the card has more. */
const INTRO_DESCRIPTION_CHARS = 500;

/**
 * The first message in an urgent case's temporary team channel. The description is the customer's or
 * filer's words: escaped, so `<!channel>` in it is text, not a ping of everyone in the team.
 */
export function urgentTeamIntro(record: ComplaintRecord): { text: string; blocks: KnownBlock[] } {
  const text = `Temporary team for urgent complaint #${record.case.id} · ${escapeMrkdwn(record.customer.key)}: ${escapeMrkdwn(foldText(record.description, INTRO_DESCRIPTION_CHARS).shown)}`;
  return { text, blocks: [{ type: "section", text: { type: "mrkdwn", text } }] };
}
