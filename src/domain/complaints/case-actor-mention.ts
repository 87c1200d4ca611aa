import type { Inline } from "../messages/message.js";
import { actorMention } from "./actor-mention.js";
import type { ComplaintCase } from "./complaint-case.js";

/** Someone who acted on the case, mentioned with their roster name when the case knows it (actorNames). */
export function caseActorMention(complaint: Pick<ComplaintCase, "actorNames">, actor: string): Inline {
  return actorMention(actor, complaint.actorNames?.[actor]);
}
