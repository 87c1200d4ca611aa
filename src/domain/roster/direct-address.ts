import type { Platform, PlatformAddress, PlatformIdentities } from "./platform-identity.js";

/**
 * Where a person's direct messages (reminders, digests, pings) go: their preferred platform when they
 * have an identity there, else Slack, else Teams — one address, so a person on both platforms gets each
 * message once. Null for someone with no identity at all.
 */
export function directAddress(ids: PlatformIdentities, preferred: Platform | null): PlatformAddress | null {
  const order: Platform[] = preferred === "teams" ? ["teams", "slack"] : ["slack", "teams"];
  for (const platform of order) {
    const id = ids[platform];
    if (id) return `${platform}:${id}`;
  }
  return null;
}
