import { createViewSeal } from "../../src/slack/views/view-seal.js";

/**
 * A modal's private_metadata sealed as the local Steward seals the modals it opens (start-local-slack.ts
 * runs Bolt with the console's bot token; the seal is keyed on it and the signing secret), so a test's
 * hand-made submission reaches the checks behind the seal — a stale modal, or one opened by someone else.
 */
export function sealLikeSteward(steward: { signingSecret: string }, value: unknown): string {
  return createViewSeal(`xoxb-local-console\n${steward.signingSecret}`).seal(value);
}
