import type { AllMiddlewareArgs } from "@slack/bolt";
import { isDatabaseUnreachable } from "../../db/is-database-unreachable.js";
import type { AppDeps } from "../app-deps.js";
import { databaseAwayText } from "./database-away-text.js";

interface PressArgs {
  ack(): Promise<void>;
  respond?: (message: { response_type: "ephemeral"; replace_original: false; text: string }) => Promise<unknown>;
  body: { user: { id: string } };
  client: AllMiddlewareArgs["client"];
}

/**
 * Wraps a button (or shortcut) listener: acknowledges first, always, so Slack never shows the press as
 * failed; then runs it, and if the database is away tells the presser that the press was not recorded
 * (ephemerally, else by DM) instead of leaving them to believe it was. Any other failure goes on to the
 * request-failure path (start-slack-app.ts), which logs it with a reference and tells the person that.
 */
export function guardPress<A extends PressArgs>(deps: AppDeps, listener: (args: A) => Promise<unknown>): (args: A) => Promise<void> {
  return async (args) => {
    await args.ack();
    try {
      // The listener's own ack() (each keeps one, for when it is read alone) does nothing now.
      await listener({ ...args, ack: async () => undefined } as A);
    } catch (error) {
      if (!isDatabaseUnreachable(error)) throw error;
      deps.logger.error(`database unreachable while handling a press by ${args.body.user.id}`, error);
      await tellPresser(args, databaseAwayText("press")).catch((failure: unknown) =>
        deps.logger.error(`could not tell ${args.body.user.id} that their press was not recorded`, failure),
      );
    }
  };
}

async function tellPresser(args: PressArgs, text: string): Promise<void> {
  try {
    if (!args.respond) throw new Error("no response_url");
    await args.respond({ response_type: "ephemeral", replace_original: false, text });
  } catch {
    // A button in a modal has no response_url: a DM reaches the presser all the same.
    await args.client.chat.postMessage({ channel: args.body.user.id, text });
  }
}
