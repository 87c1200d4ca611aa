import { accept, reject, type FieldResult } from '../field-result.js';

const known = new Set(Intl.supportedValuesOf('timeZone'));

/** An IANA time zone name such as Asia/Shanghai, checked against the runtime's tz database. */
export function parseTimeZone(text: string): FieldResult {
  if (known.has(text) || text === 'UTC') return accept(text);
  try {
    // Accepts the canonical aliases (e.g. Asia/Calcutta) that supportedValuesOf leaves out.
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions().timeZone;
    if (text.includes('/') && canonical) return accept(text);
  } catch {
    // Fall through to the message below: RangeError means the name is unknown.
  }
  return reject(`"${text}" is not an IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin, America/Los_Angeles)`);
}
