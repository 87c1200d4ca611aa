/** The polite refusal for someone Steward does not know. */
export const NOT_ON_ROSTER =
  "Sorry — customer data is shown only to people on Steward's roster, and you are not on it yet. Ask your Steward admin to add you.";
