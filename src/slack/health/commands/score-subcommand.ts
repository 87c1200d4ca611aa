import type { CustomerHealthReport } from "../../../domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { parseCustomerQuery } from "../../../domain/health/parse-customer-query.js";
import { parseEvaluationDate } from "../../../domain/health/parse-evaluation-date.js";
import { scoreCustomer, scoreCustomerByKey } from "../../../db/health/score-customer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { describeComposite } from "../../blocks/health/describe-composite.js";
import { healthReportBlocks } from "../../blocks/health/health-report-blocks.js";
import type { Subcommand } from "../../commands/subcommand.js";
import { checkCustomerAccess } from "../../access/check-customer-access.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { noAccessText } from "./no-access-text.js";
import { replyNotice } from "./reply-notice.js";
import { resolveCustomer } from "./resolve-customer.js";
import { teamHealthSettings } from "./team-health-settings.js";

const USAGE = "/customer score <customer> [at YYYY-MM-DD]";
const EXAMPLE = "/customer score ACME";

export const scoreSubcommand: Subcommand = {
  name: "score",
  usage: USAGE,
  summary: "the health score with the evidence behind each dimension, the trend and what to do next",
  run: (ctx) => runScoreCommand(customerRequestFromCommand(ctx), ctx.args),
};

async function runScoreCommand(request: CustomerRequest, args: string): Promise<void> {
  // "at" splits the customer from the date: `/customer score Acme Corp at 2026-06-30`.
  const match = /^(.*?)\s+at\s+(\S+)$/i.exec(args);
  const typed = match ? match[1]! : args;
  let asOf = evaluationDate(request.deps.clock.now(), request.deps.settings.calendar.timeZone);
  if (match) {
    const parsed = parseEvaluationDate(match[2]!, request.deps.clock.now(), request.deps.settings.calendar.timeZone);
    if (!parsed.ok) {
      await replyNotice(request, escapeMrkdwn(`${parsed.message}. Usage: \`${USAGE}\`, e.g. \`/customer score ACME at ${asOf}\``, "notice"));
      return;
    }
    asOf = parsed.date;
  }
  // The common case — a customer key — finds and scores the customer in one database round trip.
  const query = request.actor ? parseCustomerQuery(typed, USAGE, EXAMPLE) : null;
  if (query?.ok) {
    const report = await scoreCustomerByKey(request.deps.db, query.query, asOf, teamHealthSettings(request.deps));
    if (report) return deliverScore(request, report);
  }
  const customer = await resolveCustomer(request, typed, {
    subcommand: "score",
    usage: USAGE,
    example: EXAMPLE,
    at: match ? asOf : undefined,
  });
  if (customer) await showScore(request, customer, match ? asOf : undefined);
}

/** Answers with the score of one customer (also when a "which one?" button picked it). */
export async function showScore(request: CustomerRequest, customer: CustomerProfile, at?: string): Promise<void> {
  const { deps } = request;
  const asOf = at ?? evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
  await deliverScore(request, await scoreCustomer(deps.db, customer, asOf, teamHealthSettings(deps)));
}

/** Sends the report — only to someone allowed to see it. */
async function deliverScore(request: CustomerRequest, report: CustomerHealthReport): Promise<void> {
  const { customer } = report;
  if (!request.actor || !(await checkCustomerAccess(request.deps.db, request.actor, "score", customer))) {
    await replyNotice(request, noAccessText(customer));
    return;
  }
  await request.respond({
    response_type: "ephemeral",
    replace_original: false,
    text: escapeMrkdwn(`${customer.key} · ${customer.name} — ${describeComposite(report.score)}`),
    blocks: healthReportBlocks(report, { shareable: true }),
  });
}
