import { PLATFORMS, type Platform, type PlatformIdentities } from "../roster/platform-identity.js";

/**
 * Where a cooperating department hears of a new case — one channel, never two: its channel on the
 * platform the case was filed on, else its channel on the other platform; null when it has none.
 */
export function noticePlatform(channels: PlatformIdentities, filedOn: Platform): { platform: Platform; channel: string } | null {
  for (const platform of [filedOn, ...PLATFORMS.filter((other) => other !== filedOn)]) {
    const channel = channels[platform];
    if (channel) return { platform, channel };
  }
  return null;
}
