import { archiveCaseMessage } from "../../app/complaints/archive-case-message.js";
import { TEAMS_THREAD } from "../teams-thread.js";
import type { TeamsDeps } from "../teams-deps.js";
import { textOfTeamsHtml } from "./text-of-teams-html.js";

/** What of a message activity is archived. */
interface TeamsMessageActivity {
  id?: string;
  from?: { aadObjectId?: string };
  conversation?: { id?: string };
  timestamp?: Date | string;
  text?: string;
}

/**
 * A person's message in Teams — a reply in a case card's or notice's thread, in the urgent case's
 * temporary team (its thread in the lead channel, or its group chat) — archived to the case as in
 * Slack (author, time, text as text), once per message however often Teams redelivers the activity:
 * the message is keyed by its conversation and id. Returns the case, or null when it is about none.
 */
export async function archiveTeamsMessage(deps: TeamsDeps, activity: TeamsMessageActivity, actor: string): Promise<number | null> {
  // Bots (Steward's own posts come back in some clients) have no AAD object id; their words are on the record already.
  if (!activity.id || !activity.from?.aadObjectId || !activity.conversation?.id) return null;
  const [channel = activity.conversation.id, root] = activity.conversation.id.split(TEAMS_THREAD);
  const said = activity.timestamp ? new Date(activity.timestamp) : null;
  return archiveCaseMessage(deps, {
    platform: "teams",
    channel,
    ts: activity.id,
    threadTs: root ?? null,
    thread: root ? activity.conversation.id : null,
    at: said && !Number.isNaN(said.getTime()) ? said : deps.clock.now(),
    user: actor,
    text: textOfTeamsHtml(activity.text ?? ""),
  });
}
