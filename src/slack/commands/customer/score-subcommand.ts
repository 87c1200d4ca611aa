import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { parseEvaluationDate } from "../../../domain/health/parse-evaluation-date.js";
import { scoreCustomer } from "../../../db/health/score-customer.js";
import { escapeMrkdwn } from "../../blocks/health/escape-mrkdwn.js";
import { describeComposite } from "../../blocks/health/describe-composite.js";
import { healthReportBlocks } from "../../blocks/health/health-report-blocks.js";
import type { Subcommand } from "../subcommand.js";
import { checkScoreAccess } from "./check-score-access.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { noAccessText } from "./no-access-text.js";
import { replyNotice } from "./reply-notice.js";
import { resolveCustomer } from "./resolve-customer.js";
import { teamHealthSettings } from "./team-health-settings.js";

const USAGE = "/customer score <customer> [at YYYY-MM-DD]";

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
      await replyNotice(request, escapeMrkdwn(`${parsed.message}. Usage: \`${USAGE}\`, e.g. \`/customer score ACME at ${asOf}\``));
      return;
    }
    asOf = parsed.date;
  }
  const customer = await resolveCustomer(request, typed, {
    subcommand: "score",
    usage: USAGE,
    example: "/customer score ACME",
    at: match ? asOf : undefined,
  });
  if (customer) await showScore(request, customer, match ? asOf : undefined);
}

/** Answers with the score of one customer (also when a "which one?" button picked it). */
export async function showScore(request: CustomerRequest, customer: CustomerProfile, at?: string): Promise<void> {
  const { deps, actor } = request;
  if (!actor || !(await checkScoreAccess(deps.db, actor, customer))) {
    await replyNotice(request, noAccessText(customer));
    return;
  }
  const asOf = at ?? evaluationDate(deps.clock.now(), deps.settings.calendar.timeZone);
  const report = await scoreCustomer(deps.db, customer, asOf, teamHealthSettings(deps));
  await request.respond({
    response_type: "ephemeral",
    replace_original: false,
    text: `${customer.key} · ${customer.name} — ${describeComposite(report.score)}`,
    blocks: healthReportBlocks(report, { shareable: true }),
  });
}
