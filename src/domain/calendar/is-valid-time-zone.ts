/** Whether `zone` is an IANA time zone this runtime knows (e.g. `Europe/Berlin`); offsets like `+08:00` are not. */
export function isValidTimeZone(zone: string): boolean {
  if (!zone.includes("/") && zone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
