import type { Inline, Message } from "./message.js";

/** A one-paragraph answer (a refusal, a confirmation, a bad-input message): the same words as text and part. */
export function noticeMessage(text: Inline): Message {
  return { text, parts: [{ kind: "text", text }] };
}
