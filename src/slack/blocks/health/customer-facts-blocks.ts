import type { KnownBlock } from "@slack/types";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import type { HealthScore } from "../../../domain/health/compute-health-score.js";
import { formatScore } from "../../../domain/health/format-score.js";
import type { CustomerFacts } from "../../../db/health/load-customer-facts.js";
import { describeComposite } from "./describe-composite.js";
import { escapeMrkdwn } from "../escape-mrkdwn.js";
import { formatTeamTime } from "./format-team-time.js";
import { mentionPerson } from "../mention-person.js";

/**
 * `/customer show`: who the customer is, who owns it, its contacts, the last interactions, open
 * complaints and — for those allowed to see it — the score now and at the last assessment.
 */
export function customerFactsBlocks(
  customer: CustomerProfile,
  facts: CustomerFacts,
  score: HealthScore | null,
  timeZone: string,
  /** What the viewer may see besides the facts (the caller asked the visibility rule). */
  shown: { score: boolean; commercial: boolean; complaints: boolean },
): KnownBlock[] {
  const e = escapeMrkdwn;
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: escapeMrkdwn(`${customer.key} · ${customer.name}`, "plain").slice(0, 150) } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*Owner*\n${customer.owner ? mentionPerson(customer.owner) : "nobody"}` },
        { type: "mrkdwn", text: `*Tier*\n${customer.tier}` },
        ...(shown.commercial ? [{ type: "mrkdwn" as const, text: `*Value*\n${customer.valueSegment}` }] : []),
        { type: "mrkdwn", text: `*Customer since*\n${customer.startedOn ?? "unknown"}` },
        ...(customer.aliases.length ? [{ type: "mrkdwn" as const, text: `*Also known as*\n${e(customer.aliases.join(", "))}` }] : []),
      ],
    },
  ];
  if (score && shown.score) {
    const last = facts.lastAssessment;
    const lastText = last
      ? `last assessment ${last.assessedOn}${last.composite === null ? " (no composite)" : `: ${formatScore(last.composite)}${last.grade ? ` ${last.grade}` : ""}`}${last.assessor ? ` by ${e(last.assessor)}` : ""}`
      : "never assessed";
    blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Score now* ${describeComposite(score)} · ${lastText}` } });
  }
  const contacts = facts.contacts.map(
    (c) => `• ${c.keyContact ? "*" : ""}${e(c.name)}${c.keyContact ? "* (key)" : ""}${c.title ? `, ${e(c.title)}` : ""}${c.email ? ` · ${e(c.email)}` : ""}${c.phone ? ` · ${e(c.phone)}` : ""}`,
  );
  const moreContacts = facts.contactCount > facts.contacts.length ? `\n_…and ${facts.contactCount - facts.contacts.length} more_` : "";
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Contacts*\n${contacts.length ? contacts.join("\n") : "none recorded"}${moreContacts}` } });
  const interactions = facts.lastInteractions.map(
    (i) => `• ${formatTeamTime(i.occurredAt, timeZone)} ${e(i.kind)}${i.author ? ` by ${e(i.author)}` : ""}${i.summary ? ` — ${e(i.summary.slice(0, 150))}` : ""}`,
  );
  blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Last interactions*\n${interactions.length ? interactions.join("\n") : "none recorded"}` } });
  const complaints = facts.openComplaints.map(
    (c) => `• ${c.ref ? `${e(c.ref)} ` : ""}${c.class}, ${c.status}, tier ${c.tier}, opened ${formatTeamTime(c.openedAt, timeZone)} — ${e(c.description.slice(0, 120))}`,
  );
  if (shown.complaints) blocks.push({ type: "section", text: { type: "mrkdwn", text: `*Open complaints*\n${complaints.length ? complaints.join("\n") : "none"}` } });
  const hidden = [!shown.commercial && "value segment", !shown.score && "score", !shown.complaints && "complaints"].filter(Boolean);
  if (hidden.length) blocks.push({ type: "context", elements: [{ type: "mrkdwn", text: `Not shown to you (need-to-know, see docs/access.md): ${hidden.join(", ")}.` }] });
  return blocks;
}
