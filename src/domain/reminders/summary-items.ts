import type { DueItem } from "./due-item.js";
import { localToday } from "./local-today.js";
import { nextDigestMoment } from "./next-digest-moment.js";
import type { RuleEnv } from "./rule-env.js";
import { RULE_URGENCY } from "./rule-urgency.js";

/** A conversation logged without a summary: its author is reminded in the first digest after the summary's deadline. */
export function summaryItems(env: RuleEnv): DueItem[] {
  const { kinds, afterHours } = env.reminders.summary;
  const items: DueItem[] = [];
  for (const interaction of env.facts.interactions) {
    if (interaction.hasSummary || !kinds.includes(interaction.kind)) continue;
    const author = env.person(interaction.authorId);
    const customer = env.customer(interaction.customerId);
    if (!author || !customer) continue;
    const deadline = new Date(interaction.occurredAt.getTime() + afterHours * 3_600_000);
    // Like every reminder, in the author's next morning digest after the deadline, not a DM at that hour.
    const sendAt = nextDigestMoment(deadline, author.timeZone, env.calendar, env.reminders.digestTime);
    if (!env.inWindow(sendAt)) continue;
    const occurrence = localToday(deadline, author.timeZone);
    items.push({
      key: `summary:interaction-${interaction.id}:${occurrence}`,
      rule: "summary",
      recipient: env.reminders.channels.summary ?? author.address,
      personId: author.id,
      timeZone: author.timeZone,
      customer: { id: customer.id, key: customer.key, name: customer.name },
      occurrence,
      sendAt,
      urgency: RULE_URGENCY.summary,
      text: [{ kind: "strong", content: ["Write up your ", interaction.kind, " with ", customer.name] }, ` — a summary with action items was due within ${afterHours} h.`],
      detail: null,
      done: { kind: "acknowledge" },
    });
  }
  return items;
}
