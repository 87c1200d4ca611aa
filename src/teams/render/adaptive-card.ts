/**
 * The slice of the Adaptive Card schema (1.5, with Teams' `msteams` extension) that Steward writes.
 * Elements and actions are loose records on purpose: the renderer builds them, and tests check every
 * card against the `adaptivecards` reference parser rather than against these types.
 */
export type CardElement = { type: string } & Record<string, unknown>;
export type CardAction = { type: "Action.Execute" | "Action.Submit" | "Action.OpenUrl" } & Record<string, unknown>;

/** A Teams mention: the card's text holds `text` (`<at>Name</at>`), `mentioned.id` says who it pings. */
export interface MentionEntity {
  type: "mention";
  text: string;
  mentioned: { id: string; name: string };
}

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json";
  version: string;
  body: CardElement[];
  actions?: CardAction[];
  msteams?: { width?: "Full"; entities?: MentionEntity[] };
}
