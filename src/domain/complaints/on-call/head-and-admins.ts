/** Who is told when a tier cannot be reached or paging stops: the lead department's head and the admins (Slack ids, once each). */
export function headAndAdmins(staff: readonly { id: number; slackUserId: string; roles: readonly string[] }[], leadHeadId: number | null | undefined): string[] {
  return [...new Set([...staff.filter((p) => p.id === leadHeadId), ...staff.filter((p) => p.roles.includes("admin"))].map((p) => p.slackUserId))];
}
