import type { Field, Inline, Message, Part } from "../messages/message.js";
import { mentionPerson } from "../roster/mention-person.js";
import type { HealthScore } from "./compute-health-score.js";
import type { CustomerFacts } from "./customer-facts.js";
import type { CustomerProfile } from "./customer-profile.js";
import { describeComposite } from "./describe-composite.js";
import { formatScore } from "./format-score.js";
import { formatTeamTime } from "./format-team-time.js";

/**
 * `/customer show`: who the customer is, who owns it, its contacts, the last interactions, open
 * complaints and — for those allowed to see it — the score now and at the last assessment.
 */
export function customerFactsMessage(
  customer: CustomerProfile,
  facts: CustomerFacts,
  score: HealthScore | null,
  timeZone: string,
  /** What the viewer may see besides the facts (the caller asked the visibility rule). */
  shown: { score: boolean; commercial: boolean; complaints: boolean },
  /** The last satisfaction answers about complaint handling (issue 14), plain lines; shown with the complaints. */
  satisfaction: readonly string[] = [],
): Message {
  const strong = (content: Inline): Inline => ({ kind: "strong", content });
  const lines = (items: Inline[]): Inline => items.flatMap((item, i) => (i === 0 ? [item] : ["\n", item]));
  const fields: Field[] = [
    { label: "Owner", value: customer.owner ? mentionPerson(customer.owner) : "nobody" },
    { label: "Tier", value: customer.tier },
    ...(shown.commercial ? [{ label: "Value", value: customer.valueSegment }] : []),
    { label: "Customer since", value: customer.startedOn ?? "unknown" },
    ...(customer.aliases.length ? [{ label: "Also known as", value: customer.aliases.join(", ") }] : []),
  ];
  const parts: Part[] = [
    { kind: "heading", text: `${customer.key} · ${customer.name}` },
    { kind: "fields", fields },
  ];
  if (score && shown.score) {
    const last = facts.lastAssessment;
    const lastText: Inline = last
      ? [
          `last assessment ${last.assessedOn}${last.composite === null ? " (no composite)" : `: ${formatScore(last.composite)}${last.grade ? ` ${last.grade}` : ""}`}`,
          ...(last.assessor ? [" by ", last.assessor] : []),
        ]
      : "never assessed";
    parts.push({ kind: "text", text: [strong("Score now"), ` ${describeComposite(score)} · `, lastText] });
  }
  const contacts = facts.contacts.map((c): Inline => [
    "• ",
    c.keyContact ? [strong(c.name), " (key)"] : c.name,
    ...(c.title ? [", ", c.title] : []),
    ...(c.email ? [" · ", c.email] : []),
    ...(c.phone ? [" · ", c.phone] : []),
  ]);
  const moreContacts: Inline = facts.contactCount > facts.contacts.length ? ["\n", { kind: "emphasis", content: `…and ${facts.contactCount - facts.contacts.length} more` }] : [];
  parts.push({ kind: "text", text: [strong("Contacts"), "\n", contacts.length ? lines(contacts) : "none recorded", moreContacts] });
  const interactions = facts.lastInteractions.map((i): Inline => [
    `• ${formatTeamTime(i.occurredAt, timeZone)} `,
    i.kind,
    ...(i.author ? [" by ", i.author] : []),
    ...(i.summary ? [" — ", i.summary.slice(0, 150)] : []),
  ]);
  parts.push({ kind: "text", text: [strong("Last interactions"), "\n", interactions.length ? lines(interactions) : "none recorded"] });
  if (shown.complaints) {
    const complaints = facts.openComplaints.map((c): Inline => [
      "• ",
      ...(c.ref ? [c.ref, " "] : []),
      `${c.class}, ${c.status}, tier ${c.tier}, opened ${formatTeamTime(c.openedAt, timeZone)} — `,
      c.description.slice(0, 120),
    ]);
    parts.push({ kind: "text", text: [strong("Open complaints"), "\n", complaints.length ? lines(complaints) : "none"] });
    if (satisfaction.length) parts.push({ kind: "text", text: [strong("Satisfaction with complaint handling"), "\n", lines(satisfaction.map((line) => `• ${line}`))] });
  }
  const hidden = [!shown.commercial && "value segment", !shown.score && "score", !shown.complaints && "complaints"].filter(Boolean);
  if (hidden.length) parts.push({ kind: "note", text: `Not shown to you (need-to-know, see docs/access.md): ${hidden.join(", ")}.` });
  return { text: `${customer.key} · ${customer.name}`, parts };
}
