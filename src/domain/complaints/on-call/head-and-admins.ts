import { addressOf } from "../../roster/address-of.js";
import type { PlatformIdentities } from "../../roster/platform-identity.js";

/** Who is told when a tier cannot be reached or paging stops: the lead department's head and the admins (their addresses, once each). */
export function headAndAdmins(staff: readonly { id: number; ids: PlatformIdentities; roles: readonly string[] }[], leadHeadId: number | null | undefined): string[] {
  return [...new Set([...staff.filter((p) => p.id === leadHeadId), ...staff.filter((p) => p.roles.includes("admin"))].flatMap((p) => addressOf(p) ?? []))];
}
