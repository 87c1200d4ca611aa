/** Every score is shown with one decimal, everywhere (card, report, CLI): 9 → "9.0", 7.25 → "7.3". */
export function formatScore(score: number): string {
  return score.toFixed(1);
}
