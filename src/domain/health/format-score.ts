/** Scores carry at most one decimal: 9 → "9", 8.5 → "8.5". */
export function formatScore(score: number): string {
  return String(Number(score.toFixed(1)));
}
