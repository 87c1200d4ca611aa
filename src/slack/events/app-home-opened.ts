import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import type { AppDeps } from "../app-deps.js";
import { complaintSubcommands } from "../complaints/commands/complaint-subcommands.js";
import { findActor } from "../../app/roster/find-actor.js";
import { homeMessage } from "../../domain/roster/home-message.js";
import { renderMessage } from "../render/render-message.js";
import { customerSubcommands } from "../health/commands/customer-subcommands.js";

/** Publishes the Home tab whenever someone opens it. */
export function appHomeOpened(deps: AppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    const person = await findActor(deps.db, "slack", event.user);
    await client.views.publish({
      user_id: event.user,
      view: {
        type: "home",
        blocks: renderMessage(
          homeMessage(person, [
            { command: "/customer", subcommands: customerSubcommands },
            { command: "/complaint", subcommands: complaintSubcommands },
          ]),
        ).blocks,
      },
    });
  };
}
