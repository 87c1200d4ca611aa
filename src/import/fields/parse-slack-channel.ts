import { accept, reject, type FieldResult } from '../field-result.js';

const CHANNEL_NAME = /^#[a-z0-9][a-z0-9._-]{0,79}$/;
const CHANNEL_ID = /^[CG][A-Z0-9]{8,}$/;

/** A Slack channel, by `#name` or by id (C…); Slack's chat.postMessage accepts both. */
export function parseSlackChannel(text: string): FieldResult {
  if (CHANNEL_NAME.test(text) || CHANNEL_ID.test(text)) return accept(text);
  return reject(`"${text}" is not a Slack channel (expected #name in lower case, e.g. #sales, or a channel id like C0123456789)`);
}
