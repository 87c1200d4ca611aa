import type { CustomerProfile } from "../../../domain/health/customer-profile.js";
import { evaluationDate } from "../../../domain/health/evaluation-date.js";
import { loadCustomerFacts } from "../../../db/health/load-customer-facts.js";
import { scoreCustomer } from "../../../db/health/score-customer.js";
import { customerFactsBlocks } from "../../blocks/health/customer-facts-blocks.js";
import type { Subcommand } from "../subcommand.js";
import { checkScoreAccess } from "./check-score-access.js";
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

/** The customer card; the score lines only for people allowed to see the score. */
export async function showCustomer(request: CustomerRequest, customer: CustomerProfile): Promise<void> {
  const { deps, actor } = request;
  const timeZone = deps.settings.calendar.timeZone;
  const maySee = actor !== null && (await checkScoreAccess(deps.db, actor, customer));
  const today = evaluationDate(deps.clock.now(), timeZone);
  const [facts, report] = await Promise.all([
    loadCustomerFacts(deps.db, customer.id, today),
    maySee ? scoreCustomer(deps.db, customer, today, teamHealthSettings(deps)) : null,
  ]);
  await request.respond({
    response_type: "ephemeral",
    replace_original: false,
    text: `${customer.key} · ${customer.name}`,
    blocks: customerFactsBlocks(customer, facts, report?.score ?? null, timeZone),
  });
}
