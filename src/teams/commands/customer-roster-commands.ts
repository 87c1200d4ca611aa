import { cancelAbsence } from "../../app/roster/cancel-absence.js";
import { listAbsences } from "../../app/roster/list-absences.js";
import { recordAbsence } from "../../app/roster/record-absence.js";
import { setCustomerDeputy } from "../../app/roster/set-customer-deputy.js";
import { awayReply } from "../../domain/roster/absence/away-reply.js";
import { parseAwayArgs } from "../../domain/roster/absence/parse-away-args.js";
import { deputyReply } from "../../domain/roster/deputy/deputy-reply.js";
import { DEPUTY_EXAMPLE, parseDeputyArgs } from "../../domain/roster/deputy/parse-deputy-args.js";
import type { TeamsSubcommandRun } from "./teams-subcommand.js";

/** `customer away|deputy` typed in Teams: the roster use cases the slash commands call, with the same parsers. */
export const customerRosterCommands: Record<string, TeamsSubcommandRun> = {
  away: async ({ args, actor, deps }) => {
    const { db, settings, clock } = deps;
    const parsed = parseAwayArgs(args);
    const now = clock.now();
    const outcome = !parsed.ok
      ? { kind: "bad-input" as const, problem: parsed.problem }
      : parsed.request.kind === "record"
        ? await recordAbsence(db, settings, actor, parsed.request, now)
        : parsed.request.kind === "cancel"
          ? await cancelAbsence(db, settings, actor, parsed.request, now)
          : await listAbsences(db, settings, actor, parsed.request, now);
    return [awayReply(outcome)];
  },
  deputy: async ({ args, actor, deps }) => {
    const parsed = parseDeputyArgs(args);
    const outcome = parsed.ok
      ? await setCustomerDeputy(deps.db, actor, parsed.request)
      : { kind: "bad-input" as const, field: parsed.field, problem: parsed.problem, example: DEPUTY_EXAMPLE };
    return [deputyReply(outcome)];
  },
};
