import { isValidTimeZone } from "./is-valid-time-zone.js";

/**
 * A person's time zone: the roster's, else their chat profile's (a platform's port may know it: Slack's does), else the team's. A roster value that
 * is not a real zone is skipped and reported, never used.
 */
export function resolveTimeZone(
  roster: string | null | undefined,
  profileZone: string | null | undefined,
  teamDefault: string,
): { zone: string; problem: string | null } {
  const problem = roster && !isValidTimeZone(roster)
    ? `time zone "${roster}" is not an IANA time zone name (e.g. Europe/Berlin)`
    : null;
  if (roster && !problem) return { zone: roster, problem };
  if (profileZone && isValidTimeZone(profileZone)) return { zone: profileZone, problem };
  return { zone: teamDefault, problem };
}
