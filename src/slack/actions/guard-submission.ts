import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { isDatabaseUnreachable } from "../../db/is-database-unreachable.js";
import type { AppDeps } from "../app-deps.js";
import { databaseAwayText } from "./database-away-text.js";

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export interface SubmissionGuardOptions {
  /** The block under which the modal shows the error (it must exist in the view). */
  field: string;
  /** The listener writes before its ack (assessments): a timed-out one may still have been recorded. */
  writesBeforeAck?: boolean;
  /** How long the listener may take before Steward answers for it (Slack gives up at 3 s). */
  answerWithinMs?: number;
}

/** The listener tried to answer after the guard had already answered for it. */
class AlreadyAnswered extends Error {}

/**
 * Wraps a modal submission listener, whose checks read the database before the ack (Slack shows
 * field errors only in the ack). If the database is away, or the listener has not answered within
 * 2.5 s, the modal shows why under `field` — the form stays open with the user's text — instead of
 * Slack's "We had some trouble connecting" after 3 s. A listener that answers late is stopped at its
 * ack, before it writes what the person was told was not recorded. After its ack, a failure is DMed.
 */
export function guardSubmission(deps: AppDeps, options: SubmissionGuardOptions, listener: (args: ViewArgs) => Promise<unknown>): (args: ViewArgs) => Promise<void> {
  return async (args) => {
    let answered = false;
    const answerWith = async (text: string) => {
      if (answered) return;
      answered = true;
      await args.ack({ response_action: "errors", errors: { [options.field]: text } });
    };
    const timer = setTimeout(() => {
      deps.logger.error(`a ${args.view.callback_id} submission by ${args.body.user.id} was not answered in time (database slow or away)`);
      void answerWith(databaseAwayText(options.writesBeforeAck ? "unsure" : "submission")).catch(() => undefined);
    }, options.answerWithinMs ?? 2_500);
    const ack = (async (response?: Parameters<ViewArgs["ack"]>[0]) => {
      if (answered) throw new AlreadyAnswered();
      answered = true;
      await args.ack(response);
    }) as ViewArgs["ack"];
    try {
      await listener({ ...args, ack });
    } catch (error) {
      if (error instanceof AlreadyAnswered) return;
      const away = isDatabaseUnreachable(error);
      deps.logger.error(`${away ? "database unreachable" : "unexpected failure"} while handling a ${args.view.callback_id} submission by ${args.body.user.id}`, error);
      if (!answered) return answerWith(databaseAwayText(away ? "submission" : "unexpected"));
      await args.client.chat
        .postMessage({ channel: args.body.user.id, text: databaseAwayText(away ? "press" : "unexpected") })
        .catch((failure: unknown) => deps.logger.error(`could not tell ${args.body.user.id} that their submission was not recorded`, failure));
    } finally {
      clearTimeout(timer);
    }
  };
}
