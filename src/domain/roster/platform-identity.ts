/** The chat platforms Steward speaks. The domain names them; only each adapter knows its id formats. */
export const PLATFORMS = ["slack", "teams"] as const;
export type Platform = (typeof PLATFORMS)[number];

/**
 * Who a roster person (or a department's channel) is on each platform they use: a Slack user or
 * channel id, a Teams AAD object id / conversation id. A person may have both, or only one.
 */
export type PlatformIdentities = Partial<Record<Platform, string>>;

/**
 * An address on one platform, written `platform:id` (`slack:U0123`, `teams:29:1abc…`) wherever one is
 * stored as a single string: the delivery ledger's recipient, a message reference, an audit actor.
 */
export type PlatformAddress = `${Platform}:${string}`;

/** Who did something on a platform, as its request says (a Slack member id, a Teams user's AAD id or UPN). */
export interface PlatformUser {
  platform: Platform;
  id: string;
}
