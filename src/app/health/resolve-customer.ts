import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { describeNoMatch } from "../../../domain/health/describe-no-match.js";
import { parseCustomerQuery } from "../../../domain/health/parse-customer-query.js";
import { findCustomer } from "../../../db/health/find-customer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { customerChoiceBlocks } from "../../blocks/health/customer-choice-blocks.js";
import type { CustomerRequest } from "./customer-request.js";
import { NOT_ON_ROSTER } from "./not-on-roster.js";
import { replyNotice } from "./reply-notice.js";

/**
 * Turns the typed customer into one customer, or answers for the caller (not on the roster, bad input,
 * several matches as buttons, no match with did-you-mean) and returns null.
 */
export async function resolveCustomer(
  request: CustomerRequest,
  typed: string,
  spec: { subcommand: string; usage: string; example: string; at?: string },
): Promise<CustomerProfile | null> {
  if (!request.actor) {
    await replyNotice(request, NOT_ON_ROSTER);
    return null;
  }
  const parsed = parseCustomerQuery(typed, spec.usage, spec.example);
  // Domain messages are plain text: what the person typed, and the usage's <customer>, must not turn into mrkdwn.
  if (!parsed.ok) {
    await replyNotice(request, escapeMrkdwn(parsed.message, "notice"));
    return null;
  }
  const found = await findCustomer(request.deps.db, parsed.query);
  if (found.kind === "found") return found.customer;
  if (found.kind === "several") {
    await request.respond({
      response_type: "ephemeral",
      replace_original: false,
      text: escapeMrkdwn(`Several customers match ${parsed.query}`),
      blocks: customerChoiceBlocks(parsed.query, found.candidates, found.more, { subcommand: spec.subcommand, at: spec.at }),
    });
    return null;
  }
  await replyNotice(request, escapeMrkdwn(describeNoMatch(parsed.query, found.suggestions), "notice"));
  return null;
}
