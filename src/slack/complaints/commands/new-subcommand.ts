import { listDepartments } from "../../../app/complaints/list-departments.js";
import { intakeView } from "../views/intake-view.js";
import type { SubcommandHandler } from "../../commands/subcommand.js";
import { COMPLAINTS_NOT_ON_ROSTER } from "./not-on-roster.js";
import { reply } from "./reply.js";

/** `/complaint new [customer]`: the intake modal, the customer prefilled when given. */
export const newSubcommand: SubcommandHandler = {
  async run(ctx) {
    if (!ctx.actor) return reply(ctx, COMPLAINTS_NOT_ON_ROSTER);
    const departments = await listDepartments(ctx.deps);
    await ctx.client.views.open({
      trigger_id: ctx.command.trigger_id,
      view: intakeView(ctx.deps.settings.complaints, departments, { customer: ctx.args || undefined }, ctx.seal),
    });
  },
};
