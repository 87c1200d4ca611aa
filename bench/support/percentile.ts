/** The nearest-rank percentile `p` (0–100) of `values`: p99 of 600 latencies is the 594th smallest. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
