import type { RecordedCall } from "../../../src/console/fake-slack-api.js";
import type { TestSteward } from "../../support/start-test-steward.js";
import { waitFor } from "../../support/wait-for.js";

export interface Reply {
  call: RecordedCall;
  /** The reply as the console shows it: one string, buttons numbered. */
  text: string;
  buttons: Array<{ actionId: string; value?: string; label: string }>;
}

type Block = { type: string; text?: { text: string }; fields?: Array<{ text: string }>; elements?: Array<Record<string, unknown>>; accessory?: Record<string, unknown> };

/**
 * The reply's blocks as the mrkdwn Slack receives (mentions stay `<@U…>`), one line per block, with
 * only &lt; &gt; &amp; decoded for readable expectations; buttons collected in order.
 */
function toReply(call: RecordedCall): Reply {
  const buttons: Reply["buttons"] = [];
  const button = (element: Record<string, unknown>) => {
    if (element.type !== "button") return;
    buttons.push({ actionId: String(element.action_id), value: element.value as string | undefined, label: (element.text as { text: string }).text });
  };
  const blocks = (call.args.blocks as Block[] | undefined) ?? [];
  const lines = blocks.length === 0 ? [String(call.args.text ?? "")] : [];
  for (const block of blocks) {
    if (block.text) lines.push(block.text.text);
    for (const field of block.fields ?? []) lines.push(field.text);
    if (block.type === "context") lines.push((block.elements ?? []).map((e) => String(e.text)).join(" "));
    if (block.type === "actions") (block.elements ?? []).forEach(button);
    if (block.accessory) button(block.accessory);
  }
  const text = lines.join("\n").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  return { call, text, buttons };
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
