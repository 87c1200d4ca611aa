import { noticeBlocks } from "../../blocks/notice-blocks.js";
import type { CustomerRequest } from "./customer-request.js";

/** An ephemeral one-paragraph answer: a refusal, a bad-input message, a confirmation. */
export async function replyNotice(request: Pick<CustomerRequest, "respond">, text: string): Promise<void> {
  await request.respond({ response_type: "ephemeral", replace_original: false, text, blocks: noticeBlocks(text) });
}
