/**
 * The SQL expression of a department's channels as one JSON object (`{"slack": "C…"}`, the shape of
 * PlatformIdentities) for raw queries; `departmentId` is the SQL expression of the department's id (`d.id`).
 */
export function departmentChannelsSql(departmentId: string): string {
  return `(SELECT coalesce(jsonb_object_agg(dc.platform, dc.channel), '{}'::jsonb) FROM department_channels dc WHERE dc.department_id = ${departmentId})`;
}
