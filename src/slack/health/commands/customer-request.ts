import type { RespondFn } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { RosterPerson } from "../../../domain/roster/roster-person.js";
import type { AppDeps } from "../../app-deps.js";
import type { SubcommandContext } from "../../commands/subcommand.js";

/** A request about a customer, from a slash command or from a button that repeats one. */
export interface CustomerRequest {
  deps: AppDeps;
  actor: RosterPerson | null;
  channelId: string | undefined;
  triggerId: string | undefined;
  respond: RespondFn;
  client: WebClient;
}

export function customerRequestFromCommand(ctx: SubcommandContext): CustomerRequest {
  return {
    deps: ctx.deps,
    actor: ctx.actor,
    channelId: ctx.command.channel_id,
    triggerId: ctx.command.trigger_id,
    respond: ctx.respond,
    client: ctx.client,
  };
}
