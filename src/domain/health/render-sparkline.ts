const BARS = "▁▂▃▄▅▆▇█";

/** A one-line chart of 0..10 scores on a fixed scale (so 5 always looks like 5); a gap is "·". */
export function renderSparkline(values: ReadonlyArray<number | null>): string {
  return values
    .map((value) => {
      if (value === null) return "·";
      const clamped = Math.min(10, Math.max(0, value));
      return BARS[Math.round((clamped / 10) * (BARS.length - 1))];
    })
    .join("");
}
