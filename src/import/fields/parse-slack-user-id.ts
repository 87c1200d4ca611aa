import { accept, reject, type FieldResult } from '../field-result.js';

const USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/** A Slack member id (U… or, on Enterprise Grid, W…), as shown in a Slack profile under "Copy member ID". */
export function parseSlackUserId(text: string): FieldResult {
  if (!USER_ID.test(text)) {
    return reject(`"${text}" is not a Slack member id (expected U or W followed by capital letters and digits, e.g. U0LINWEI)`);
  }
  return accept(text);
}
