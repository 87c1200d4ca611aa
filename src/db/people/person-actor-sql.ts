/**
 * The SQL expression of the actor name a person's changes are recorded under — actorOf in SQL: their
 * Slack id (bare, as every stored entry reads), else `teams:<id>`, else `person:<id>`; NULL when
 * `personId` (the SQL expression of a person's id, e.g. `c.acknowledged_by_id`) is NULL.
 */
export function personActorSql(personId: string): string {
  return `(SELECT coalesce(max(pi.external_id) FILTER (WHERE pi.platform = 'slack'), 'teams:' || max(pi.external_id) FILTER (WHERE pi.platform = 'teams'), 'person:' || ${personId})
             FROM person_identities pi WHERE pi.person_id = ${personId} HAVING ${personId} IS NOT NULL)`;
}
