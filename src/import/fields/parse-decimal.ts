import { accept, reject, type FieldResult } from '../field-result.js';

const DECIMAL = /^[+-]?(\d+)(?:\.(\d+))?$/;

export interface DecimalRule {
  /** How many digits may follow the decimal point. */
  scale: number;
  min: number;
  max: number;
  /** What the value is, for messages: "an amount", "a score". */
  noun: string;
  example: string;
}

/**
 * A plain decimal number (no thousands separators, no currency sign) within bounds.
 * Kept as text so no float rounding happens before PostgreSQL's numeric takes it.
 */
export function parseDecimal(text: string, rule: DecimalRule): FieldResult {
  const m = DECIMAL.exec(text);
  const expected = `expected ${rule.noun} from ${rule.min} to ${rule.max} with at most ${rule.scale} decimals, e.g. ${rule.example}`;
  if (!m) return reject(`"${text}" is not a number (${expected})`);
  if ((m[2]?.length ?? 0) > rule.scale) return reject(`"${text}" has more than ${rule.scale} decimals (${expected})`);
  const value = Number(text);
  if (value < 0 && rule.min >= 0) return reject(`"${text}" is negative (${expected})`);
  if (value < rule.min || value > rule.max) return reject(`"${text}" is out of range (${expected})`);
  return accept(text.startsWith('+') ? text.slice(1) : text);
}
