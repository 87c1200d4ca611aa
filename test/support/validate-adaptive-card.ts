import { createRequire } from "node:module";

// adaptivecards 3.0.6's package entry point fails on Node 20 (ESM path bug): its bundled build works.
const AC = createRequire(import.meta.url)("adaptivecards/dist/adaptivecards.min.js") as {
  AdaptiveCard: new () => { parse(json: unknown, context: unknown): void; validateProperties(): { validationEvents: { message: string }[] } };
  SerializationContext: new () => { eventCount: number; getEventAt(i: number): { message: string } };
};

/**
 * What the Adaptive Cards reference library finds wrong with a card: parse events (unknown element or
 * action types, bad values) and validateProperties() failures (duplicate ids, missing required
 * properties, bad version). Empty means valid. The library is lenient, so tests check more beside it.
 */
export function validateAdaptiveCard(json: unknown): string[] {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const problems = [...Array(context.eventCount).keys()].map((i) => `parse: ${context.getEventAt(i).message}`);
  for (const event of card.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  return problems;
}
