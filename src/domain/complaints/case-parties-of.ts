import type { PlatformIdentities } from "../roster/platform-identity.js";
import type { FrontlineSetting } from "./frontline-setting.js";

/** A case's people as a refusal names them ("only the owner (@li) … may …"). */
export interface CaseParties {
  /** The customer's owner, mentioned on whichever platform the refusal is shown; null when none. */
  owner: { name: string; ids: PlatformIdentities } | null;
  leadDepartment: string | null;
  /** Who besides the owner is tier 1, e.g. "Support frontline"; null when nobody. */
  frontline: string | null;
  /** The lead and cooperating departments' names. */
  departments: string[];
}

/** The parties of a case (names of its customer's owner and departments) under the team's frontline setting. */
export function casePartiesOf(
  complaint: { customer: { owner: { name: string; ids: PlatformIdentities } | null }; lead: { name: string } | null; cooperating: readonly { name: string }[] },
  frontline: FrontlineSetting,
): CaseParties {
  const departments = [complaint.lead?.name, ...complaint.cooperating.map((d) => d.name)].filter((name): name is string => Boolean(name));
  const frontlineOf =
    frontline === "lead-department" ? (complaint.lead ? [complaint.lead.name] : []) : frontline === "case-departments" ? departments : [frontline.group];
  return {
    owner: complaint.customer.owner,
    leadDepartment: complaint.lead?.name ?? null,
    frontline: frontlineOf.length ? `${joinAnd(frontlineOf)} frontline` : null,
    departments,
  };
}

function joinAnd(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
