import type { Role } from "../roster/roster-person.js";
import type { DataKind } from "./data-kind.js";

/**
 * How far a role reaches for one kind of data, widest last:
 * `none`; `own` — customers the person owns (and, for complaints, cases they filed or held);
 * `department` — also the customers owned in their department or a department they head (for
 * complaints also the cases their department leads or cooperates on); `all` — every customer.
 */
export const REACHES = ["none", "own", "department", "all"] as const;
export type Reach = (typeof REACHES)[number];

/** A roster person without any role. */
export const NO_ROLE = "member";
export type AccessRow = Role | typeof NO_ROLE;

/**
 * The need-to-know table (docs/access.md mirrors it cell by cell; a test compares them). The playbook
 * names a sales director and an engineer; the roster's closest roles stand in for them: `executive`
 * (region director / leadership) sees every customer's business data, `tech_support` (the engineers of
 * tier 2) sees every customer's product-usage data — contacts, interactions, complaints — but neither
 * commercial terms nor the score, whose stability dimension is made of orders and payments.
 * A person with several roles reaches as far as the widest of them.
 */
export const ACCESS_TABLE: Record<AccessRow, Record<DataKind, Reach>> = {
  executive: { score: "all", facts: "all", commercial: "all", complaints: "all" },
  admin: { score: "all", facts: "all", commercial: "all", complaints: "all" },
  department_head: { score: "department", facts: "department", commercial: "department", complaints: "department" },
  owner: { score: "department", facts: "department", commercial: "department", complaints: "department" },
  frontline: { score: "department", facts: "department", commercial: "department", complaints: "department" },
  tech_support: { score: "none", facts: "all", commercial: "none", complaints: "all" },
  member: { score: "own", facts: "own", commercial: "own", complaints: "own" },
};
