export type ParsedOverrideScore = { ok: true; score: number } | { ok: false; message: string };

/** An assessor's override: a number from 0 to 10 with at most one decimal ("7.5", "9"). */
export function parseOverrideScore(text: string): ParsedOverrideScore {
  const trimmed = text.trim();
  if (!/^\d{1,2}(\.\d+)?$/.test(trimmed)) {
    const shown = trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
    return { ok: false, message: `\`${shown}\` is not a score: write a number from 0 to 10, e.g. 7.5` };
  }
  const score = Number(trimmed);
  if (score > 10) return { ok: false, message: `${trimmed} is above 10: a score goes from 0 to 10, e.g. 9.5` };
  if (!/^\d{1,2}(\.\d)?$/.test(trimmed)) {
    return { ok: false, message: `${trimmed} has more than one decimal: round it, e.g. ${score.toFixed(1)}` };
  }
  return { ok: true, score };
}
