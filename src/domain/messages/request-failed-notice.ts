import type { Inline } from "./message.js";

/** What a person is told when Steward failed on their request: that it did, the log's reference, what to do. */
export function requestFailedNotice(ref: string, afterAck: boolean): Inline {
  const what = afterAck ? "Steward failed while finishing your request" : "Steward could not handle your request";
  return [
    `${what}: something went wrong on its side (logged as `,
    { kind: "code", text: ref },
    "). Check whether it took effect, try again in a minute, and tell your Steward admin if it keeps failing.",
  ];
}
