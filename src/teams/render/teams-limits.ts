/**
 * Teams' documented limits for what the renderer writes: a bot message (card included) must stay
 * under about 28 KB, so the renderer keeps a margin below that and drops trailing parts, with a note
 * saying so, rather than have Teams refuse the message (HTTP 413).
 */
export const TEAMS_LIMITS = {
  messageBytes: 28 * 1024,
  /** What a card may take of the message, leaving room for the activity's own fields. */
  cardBytes: 26 * 1024,
  /** Dialog (task module) titles are cut by Teams past this. */
  dialogTitle: 64,
  buttonTitle: 75,
  choiceTitle: 75,
} as const;

/** Adaptive Cards 1.5: the highest version every Teams client (desktop, web, mobile) renders. */
export const CARD_VERSION = "1.5";
