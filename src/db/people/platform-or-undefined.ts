import { PLATFORMS, type Platform } from "../../domain/roster/platform-identity.js";

/** The `people.preferred_platform` column as a Platform; anything else (unset, unknown) is no preference. */
export function platformOrUndefined(column: string | null): Platform | undefined {
  return PLATFORMS.find((platform) => platform === column);
}
