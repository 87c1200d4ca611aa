/** "¥1.2M", "¥850K", "¥12": amounts short enough for one evidence line. */
export function formatCompactMoney(amount: number, symbol: string): string {
  const sign = amount < 0 ? "-" : "";
  const value = Math.abs(amount);
  const units: Array<[number, string]> = [
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [size, suffix] of units) {
    if (value >= size) {
      const scaled = value / size;
      // One decimal while the number is small enough for it to matter.
      const shown = scaled < 10 ? Number(scaled.toFixed(1)) : Math.round(scaled);
      return `${sign}${symbol}${shown}${suffix}`;
    }
  }
  return `${sign}${symbol}${Math.round(value)}`;
}
