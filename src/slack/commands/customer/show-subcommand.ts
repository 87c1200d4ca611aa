import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { loadRecentSatisfaction } from "../../../db/complaints/load-recent-satisfaction.js";
import { recentSatisfactionLines } from "../../../domain/complaints/recent-satisfaction-lines.js";
import { loadCustomerFacts } from "../../../db/health/load-customer-facts.js";
import { scoreCustomer } from "../../../db/health/score-customer.js";
import { customerFactsBlocks } from "../../blocks/health/customer-facts-blocks.js";
import type { Subcommand } from "../subcommand.js";
import { customerSubject } from "../../../domain/access/access-subject.js";
import { mayAccess } from "../../../domain/access/may-access.js";
import { loadAccessViewer } from "../../access/load-access-viewer.js";
import { escapeMrkdwn } from "../../blocks/escape-mrkdwn.js";
import { noAccessText } from "./no-access-text.js";
import { NOT_ON_ROSTER } from "./not-on-roster.js";
import { replyNotice } from "./reply-notice.js";
import { type CustomerRequest, customerRequestFromCommand } from "./customer-request.js";
import { resolveCustomer } from "./resolve-customer.js";
import { teamHealthSettings } from "./team-health-settings.js";

const USAGE = "/customer show <customer>";

export const showSubcommand: Subcommand = {
  name: "show",
  usage: USAGE,
  summary: "facts, owner, tier, contacts, last interactions, open complaints and the last score",
  run: async (ctx) => {
    const request = customerRequestFromCommand(ctx);
    const customer = await resolveCustomer(request, ctx.args, { subcommand: "show", usage: USAGE, example: "/customer show ACME" });
    if (customer) await showCustomer(request, customer);
  },
};

/**
 * The customer card, each part only for people allowed to see its kind of data (docs/access.md): the
 * profile, contacts and interactions (facts), the value segment (commercial), the score, the open complaints.
 */
export async function showCustomer(request: CustomerRequest, customer: CustomerProfile): Promise<void> {
  const { deps, actor } = request;
  if (!actor) return replyNotice(request, NOT_ON_ROSTER);
  const viewer = await loadAccessViewer(deps.db, actor);
  const subject = customerSubject(customer.owner);
  if (!mayAccess(viewer, "facts", subject)) return replyNotice(request, noAccessText(customer, "facts"));
  const shown = { score: mayAccess(viewer, "score", subject), commercial: mayAccess(viewer, "commercial", subject), complaints: mayAccess(viewer, "complaints", subject) };
  const timeZone = deps.settings.calendar.timeZone;
  const today = evaluationDate(deps.clock.now(), timeZone);
  const [facts, report, satisfaction] = await Promise.all([
    loadCustomerFacts(deps.db, customer.id, today),
    shown.score ? scoreCustomer(deps.db, customer, today, teamHealthSettings(deps)) : null,
    shown.complaints ? loadRecentSatisfaction(deps.db, customer.id, 3) : [],
  ]);
  // The last three answers about how complaints were handled (issue 14), with the complaints.
  const answers = recentSatisfactionLines(satisfaction, deps.clock.now(), timeZone);
  const satisfactionBlock = answers.length
    ? [{ type: "section" as const, text: { type: "mrkdwn" as const, text: `*Satisfaction with complaint handling*\n${answers.map((line) => `• ${escapeMrkdwn(line)}`).join("\n")}` } }]
    : [];
  await request.respond({
    response_type: "ephemeral",
    replace_original: false,
    text: escapeMrkdwn(`${customer.key} · ${customer.name}`),
    blocks: [...customerFactsBlocks(customer, facts, report?.score ?? null, timeZone, shown), ...satisfactionBlock],
  });
}
