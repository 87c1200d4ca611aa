import type { Database } from "../../db/database.js";
import { findCustomer } from "../../db/health/find-customer.js";
import { findCustomerById } from "../../db/health/find-customer-by-id.js";
import { customerChoiceMessage } from "../../domain/health/customer-choice-message.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import { describeNoMatch } from "../../domain/health/describe-no-match.js";
import { NOT_ON_ROSTER } from "../../domain/health/not-on-roster.js";
import { parseCustomerQuery } from "../../domain/health/parse-customer-query.js";
import type { Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";

/** The customer a request is about: as typed, or the id a "which one?" button carried (null: not ours). */
export type CustomerTarget = { typed: string } | { id: number | null };

export type ResolvedCustomer = { ok: true; actor: RosterPerson; customer: CustomerProfile } | { ok: false; reply: Message };

/**
 * Turns the request's customer into one customer, or into the answer instead (not on the roster, bad
 * input, several matches as buttons, no match with did-you-mean).
 */
export async function resolveCustomer(
  db: Database,
  actor: RosterPerson | null,
  target: CustomerTarget,
  spec: { subcommand: string; usage: string; example: string; at?: string },
): Promise<ResolvedCustomer> {
  if (!actor) return { ok: false, reply: noticeMessage(NOT_ON_ROSTER) };
  if ("id" in target) {
    const customer = target.id === null ? null : await findCustomerById(db, target.id);
    return customer ? { ok: true, actor, customer } : { ok: false, reply: noticeMessage("That choice is no longer valid; type the command again.") };
  }
  const parsed = parseCustomerQuery(target.typed, spec.usage, spec.example);
  if (!parsed.ok) return { ok: false, reply: noticeMessage(parsed.message) };
  const found = await findCustomer(db, parsed.query);
  if (found.kind === "found") return { ok: true, actor, customer: found.customer };
  if (found.kind === "several") {
    return { ok: false, reply: customerChoiceMessage(parsed.query, found.candidates, found.more, { subcommand: spec.subcommand, at: spec.at }) };
  }
  return { ok: false, reply: noticeMessage(describeNoMatch(parsed.query, found.suggestions)) };
}
