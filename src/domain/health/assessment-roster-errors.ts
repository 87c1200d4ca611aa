/**
 * What saving an assessment says when a person it names is not (or no longer) an active roster person:
 * the assessor, or an action's owner. Plain words, the same on every platform: the form shows them at
 * the field, and the field itself shows whom was picked.
 */
export const ASSESSMENT_ROSTER_ERRORS = {
  assessor: "Only people on the roster can record an assessment.",
  owner: "The person chosen as owner is not on Steward's roster (or no longer active); choose an owner who is.",
} as const;
