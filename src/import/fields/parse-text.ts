import { accept, reject, type FieldResult } from '../field-result.js';

export interface TextRule {
  maxLength: number;
  /** Allows line breaks (free-text summaries), which a name or a key never has. */
  multiline?: boolean;
}

// C0 controls other than tab/newline/CR, DEL and C1 controls: invisible, and they break Slack rendering.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Free text, bounded in length and free of control characters. */
export function parseText(text: string, rule: TextRule): FieldResult {
  if (CONTROL.test(text)) return reject(`contains a control character (expected printable text)`);
  if (!rule.multiline && /[\r\n\t]/.test(text)) return reject(`contains a line break or tab (expected one line of text)`);
  if (text.length > rule.maxLength) {
    return reject(`is ${text.length} characters long (expected at most ${rule.maxLength})`);
  }
  return accept(text);
}
