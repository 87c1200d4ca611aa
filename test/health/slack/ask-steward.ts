import { renderBlocks } from "../../../src/console/render-blocks.js";
import type { RecordedCall } from "../../../src/console/fake-slack-api.js";
import type { TestSteward } from "../../support/start-test-steward.js";
import { waitFor } from "../../support/wait-for.js";

export interface Reply {
  call: RecordedCall;
  /** The reply as the console shows it: one string, buttons numbered. */
  text: string;
  buttons: Array<{ actionId: string; value?: string; label: string }>;
}

function toReply(call: RecordedCall): Reply {
  const rendered = renderBlocks(call.args.blocks as unknown[] | undefined, call.args.text as string | undefined, { user: () => undefined, channel: () => undefined }, 1);
  return { call, text: rendered.lines.join("\n"), buttons: rendered.buttons };
}

/** Sends a signed `/customer …` and waits for the answer posted to its response_url. */
export async function ask(steward: TestSteward, userId: string, text: string): Promise<Reply> {
  const before = steward.fake.calls.length;
  const response = await steward.client.command("/customer", text, { userId, channelId: "C0SALES" });
  if (response.status !== 200) throw new Error(`/customer ${text} answered ${response.status}`);
  return toReply(await waitFor(`the reply to /customer ${text.slice(0, 40)}`, () => steward.fake.calls.slice(before).find((c) => c.method === "response_url")));
}

/** Presses a button of a reply and waits for the next Web API call of `method`. */
export async function press(steward: TestSteward, userId: string, button: { actionId: string; value?: string }, method = "response_url"): Promise<RecordedCall> {
  const before = steward.fake.calls.length;
  const response = await steward.client.blockAction({ userId, actionId: button.actionId, value: button.value, channelId: "C0SALES", messageTs: "1.000001" });
  if (response.status !== 200) throw new Error(`pressing ${button.actionId} answered ${response.status}`);
  return waitFor(`${method} after pressing ${button.actionId}`, () => steward.fake.calls.slice(before).find((c) => c.method === method));
}

export function replyOf(call: RecordedCall): Reply {
  return toReply(call);
}
