import type { EscalationTier } from "./complaint-case.js";
import type { ComplaintAction } from "./complaint-transitions.js";

/**
 * The parts a person can play on one case:
 * - `owner`: the customer's owner; `resolver`: whoever resolved it;
 * - `tier1`: the case's tier 1 — the owner and the frontline people of its frontline departments
 *   (the lead department by default, see frontline-setting.ts);
 * - `tier2`: the lead department's head and technical support; `tier3`: the executives;
 * - `caseDepartment`: anyone in its lead or a cooperating department;
 * - `admin`: a Steward admin.
 * A person may play several; a press is allowed when any of them allows it.
 */
export type CaseRole = "owner" | "resolver" | "tier1" | "tier2" | "tier3" | "caseDepartment" | "admin";

export const CASE_ROLES: readonly CaseRole[] = ["owner", "resolver", "tier1", "tier2", "tier3", "caseDepartment", "admin"];

const ANY: readonly EscalationTier[] = [1, 2, 3];
const NONE: readonly EscalationTier[] = [];

/**
 * Who may press what (issue 10 §2, shown in docs/complaints.md): for each action, the case's current
 * tiers at which each role may press it. The states an action applies in are the transition table's;
 * within them the answer does not depend on the state. Everyone else is refused, and so is anyone not
 * on the roster. Why each row is what it is:
 * - acknowledge, resolve: the tier that holds the case or a higher one — a lower tier must not quietly
 *   take back what was escalated past it;
 * - escalate: the holding tier or above hands it up (Steward does so at a deadline); at tier 3 there is
 *   no tier above;
 * - update: the holding tier or above, the owner (the sales side keeps the customer informed at every
 *   tier) and the people of the lead and cooperating departments, who work on it;
 * - wait on the customer, and record their reply (resume): as update — whoever may tell the customer
 *   something may ask them for something and note their answer;
 * - confirm closed: only people who speak for the customer's answer — the owner, whoever resolved it,
 *   tier 2 or 3;
 * - reopen (with a reason): the owner, tier 2 or 3, or an admin correcting a wrong closing.
 */
export const COMPLAINT_PERMISSIONS: Readonly<Record<ComplaintAction, Readonly<Record<CaseRole, readonly EscalationTier[]>>>> = {
  acknowledge: { owner: [1], resolver: NONE, tier1: [1], tier2: [1, 2], tier3: ANY, caseDepartment: NONE, admin: NONE },
  escalate: { owner: [1], resolver: NONE, tier1: [1], tier2: [1, 2], tier3: [1, 2], caseDepartment: NONE, admin: NONE },
  update: { owner: ANY, resolver: NONE, tier1: [1], tier2: [1, 2], tier3: ANY, caseDepartment: ANY, admin: NONE },
  wait: { owner: ANY, resolver: NONE, tier1: [1], tier2: [1, 2], tier3: ANY, caseDepartment: ANY, admin: NONE },
  resume: { owner: ANY, resolver: NONE, tier1: [1], tier2: [1, 2], tier3: ANY, caseDepartment: ANY, admin: NONE },
  resolve: { owner: [1], resolver: NONE, tier1: [1], tier2: [1, 2], tier3: ANY, caseDepartment: NONE, admin: NONE },
  confirm: { owner: ANY, resolver: ANY, tier1: NONE, tier2: ANY, tier3: ANY, caseDepartment: NONE, admin: NONE },
  reopen: { owner: ANY, resolver: NONE, tier1: NONE, tier2: ANY, tier3: ANY, caseDepartment: NONE, admin: ANY },
};
