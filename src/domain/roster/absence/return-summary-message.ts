import { countOf } from "../../text/count-of.js";
import type { Message, Part } from "../../messages/message.js";

/** What happened to one of the person's customers while they were away. */
export interface CustomerWhileAway {
  key: string;
  name: string;
  complaintsFiled: number;
  complaintsResolved: number;
  /** Reminders about the customer that went to a deputy (and how many of those were marked done). */
  remindersCovered: number;
  remindersDone: number;
  coveredBy: readonly string[];
  assessmentsRecorded: number;
}

/**
 * The one message someone gets on their first morning back: per customer they own, complaints filed
 * and resolved, reminders deputies handled, assessments recorded; customers where nothing happened are
 * counted, not listed.
 */
export function returnSummaryMessage(summary: { name: string; from: string; to: string; customers: readonly CustomerWhileAway[] }): Message {
  const text = `Welcome back, ${summary.name}: what happened to your customers while you were away (${summary.from} – ${summary.to})`;
  const busy = summary.customers.filter((c) => c.complaintsFiled || c.complaintsResolved || c.remindersCovered || c.assessmentsRecorded);
  const quiet = summary.customers.length - busy.length;
  const parts: Part[] = [{ kind: "heading", text: `Welcome back, ${summary.name}` }, { kind: "text", text: `While you were away (${summary.from} – ${summary.to}):` }];
  for (const customer of busy) {
    const facts: string[] = [];
    if (customer.complaintsFiled || customer.complaintsResolved) facts.push(`${countOf(customer.complaintsFiled, "complaint")} filed, ${customer.complaintsResolved} resolved`);
    if (customer.remindersCovered) facts.push(`${countOf(customer.remindersCovered, "reminder")} went to ${customer.coveredBy.join(", ")} (${customer.remindersDone} done)`);
    if (customer.assessmentsRecorded) facts.push(`${countOf(customer.assessmentsRecorded, "assessment")} recorded`);
    parts.push({ kind: "text", text: [{ kind: "strong", content: customer.key }, ` ${customer.name}: `, facts.join("; "), "."] });
  }
  if (busy.length === 0) parts.push({ kind: "text", text: summary.customers.length ? "Nothing happened on your customers." : "You own no customers." });
  else if (quiet > 0) parts.push({ kind: "note", text: `Nothing happened on ${countOf(quiet, "other customer")}.` });
  return { text, parts };
}
