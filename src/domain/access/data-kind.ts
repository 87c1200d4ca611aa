/**
 * The kinds of customer data Steward shows, each with one visibility rule (docs/access.md):
 * - `score`: the health score, its evidence, trend, key problems and improvement actions;
 * - `facts`: the customer's profile, contacts (e-mail, phone) and interaction summaries;
 * - `commercial`: orders, payments and the value segment derived from spend;
 * - `complaints`: complaint cases, their descriptions, solutions and archived conversations.
 */
export const DATA_KINDS = ["score", "facts", "commercial", "complaints"] as const;
export type DataKind = (typeof DATA_KINDS)[number];
