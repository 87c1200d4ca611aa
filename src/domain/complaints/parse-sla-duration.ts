/** `30m`, `2h`, `1d` (24 elapsed hours) or `3wd` (working days of the team calendar). */
export const SLA_DURATION_PATTERN = /^(\d+)(m|h|d|wd)$/;

export type SlaDuration = { kind: "elapsed"; ms: number; unit: "m" | "h" | "d"; text: string } | { kind: "workingDays"; days: number; text: string };

const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

// Settings hold a handful of distinct durations; the scheduler parses them for every case it looks at.
const parsed = new Map<string, SlaDuration>();

/** Parses a duration the settings schema already validated; the text is kept for reasons and cards. */
export function parseSlaDuration(value: string): SlaDuration {
  let duration = parsed.get(value);
  if (!duration) {
    duration = parse(value);
    parsed.set(value, duration);
  }
  return duration;
}

function parse(value: string): SlaDuration {
  const match = SLA_DURATION_PATTERN.exec(value);
  if (!match) throw new Error(`not an SLA duration: "${value}" (expected e.g. 30m, 2h, 1d, 3wd)`);
  const amount = Number(match[1]);
  const unit = match[2] as "m" | "h" | "d" | "wd";
  if (unit === "wd") return { kind: "workingDays", days: amount, text: `${amount} working day${amount === 1 ? "" : "s"}` };
  const label = unit === "m" ? "min" : unit === "h" ? "h" : amount === 1 ? "day" : "days";
  return { kind: "elapsed", ms: amount * UNIT_MS[unit], unit, text: `${amount} ${label}` };
}
