const UNIT_MS: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** `1d`, `2h`, `90m`, `1w`, `1d12h` → milliseconds; null when it is not such a duration. */
export function parseConsoleDuration(text: string): number | null {
  const trimmed = text.trim().toLowerCase();
  if (!/^(\d+[wdhm])+$/.test(trimmed)) return null;
  let total = 0;
  for (const [, amount, unit] of trimmed.matchAll(/(\d+)([wdhm])/g)) total += Number(amount) * UNIT_MS[unit!]!;
  return total > 0 && total <= 366 * UNIT_MS.d! ? total : null;
}
