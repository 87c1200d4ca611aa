import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { findPersonByIdentity } from "../../db/people/find-person-by-identity.js";
import type { AppDeps } from "../app-deps.js";
import { homeView } from "../blocks/home/home-view.js";
import { complaintSubcommands } from "../commands/complaint-subcommands.js";
import { customerSubcommands } from "../commands/customer-subcommands.js";

/** Publishes the Home tab whenever someone opens it. */
export function appHomeOpened(deps: AppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<"app_home_opened"> & AllMiddlewareArgs) => {
    if (event.tab !== "home") return;
    const person = await findPersonByIdentity(deps.db, "slack", event.user);
    await client.views.publish({
      user_id: event.user,
      view: homeView(person, [
        { command: "/customer", subcommands: customerSubcommands },
        { command: "/complaint", subcommands: complaintSubcommands },
      ]),
    });
  };
}
