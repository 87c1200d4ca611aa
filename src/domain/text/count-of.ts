/** A count with its noun, singular for one: `countOf(1, "complaint")` → "1 complaint", `countOf(3, "day")` → "3 days". */
export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? noun : plural}`;
}
