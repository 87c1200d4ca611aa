/** "1 h 12 min", "3 d 22 h": whole minutes, rounded up so "due in 0 min" never shows before a deadline. */
export function describeSpan(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [days ? `${days} d` : "", hours ? `${hours} h` : "", rest ? `${rest} min` : ""].filter(Boolean);
  return parts.slice(0, 2).join(" ");
}
