import type { Message } from "../../../domain/messages/message.js";
import { renderMessage } from "../../render/render-message.js";
import type { CustomerRequest } from "./customer-request.js";

/** A use case's answer, just for the person who asked; `replace` redraws the message a button was on. */
export async function replyMessage(request: Pick<CustomerRequest, "respond">, message: Message, replace = false): Promise<void> {
  await request.respond({ response_type: "ephemeral", replace_original: replace, ...renderMessage(message) });
}
