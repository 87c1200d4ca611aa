/**
 * The SQL expression of a person's identities as one JSON object (`{"slack": "U…", "teams": "…"}`, the
 * shape of PlatformIdentities) for raw queries; `personId` is the SQL expression of the person's id (`p.id`).
 */
export function personIdentitiesSql(personId: string): string {
  return `(SELECT coalesce(jsonb_object_agg(pi.platform, pi.external_id), '{}'::jsonb) FROM person_identities pi WHERE pi.person_id = ${personId})`;
}
