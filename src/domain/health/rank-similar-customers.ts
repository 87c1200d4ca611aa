export interface CustomerName {
  key: string;
  name: string;
  aliases: string[];
}

/** Customers whose key, name or alias is a few typos away from what was typed, closest first. */
export function rankSimilarCustomers<T extends CustomerName>(query: string, candidates: readonly T[], max = 3): T[] {
  const typed = query.toLowerCase();
  const allowed = Math.max(1, Math.floor(typed.length / 3));
  return candidates
    .map((candidate) => ({
      candidate,
      distance: Math.min(
        ...[candidate.key, candidate.name, ...candidate.aliases].map((label) => editDistance(typed, label.toLowerCase(), allowed)),
      ),
    }))
    .filter((scored) => scored.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || a.candidate.key.localeCompare(b.candidate.key))
    .slice(0, max)
    .map((scored) => scored.candidate);
}

/** Optimal-string-alignment distance (a swap of two neighbours is one typo); gives up above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
