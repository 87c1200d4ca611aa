/** The refusal for someone Steward does not know: complaints are customer data. */
export const COMPLAINTS_NOT_ON_ROSTER =
  "Sorry — complaints are shown only to people on Steward's roster, and you are not on it yet. Ask your Steward admin to add you.";
