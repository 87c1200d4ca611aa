import { PLATFORMS, type Platform } from "../domain/roster/platform-identity.js";

/**
 * A ledger recipient split into its platform and the id on it. `slack:U123` and `teams:29:1ab…` name
 * their platform; a bare id (`U123`, `C123`) is Slack's — rows stored before recipients were
 * platform-qualified, and producers not yet converted, write those.
 */
export function recipientAddress(recipient: string): { platform: Platform; id: string } {
  const colon = recipient.indexOf(":");
  const prefix = colon > 0 ? recipient.slice(0, colon) : "";
  const platform = PLATFORMS.find((known) => known === prefix);
  return platform ? { platform, id: recipient.slice(colon + 1) } : { platform: "slack", id: recipient };
}
