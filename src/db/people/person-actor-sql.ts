/**
 * The SQL expression of the actor name a person's changes are recorded under — actorOf in SQL: their
 * Slack id (bare, as every stored entry reads), else `teams:<id>`, else `person:<id>`; NULL when
 * `personId` (the SQL expression of a person's id, e.g. `c.acknowledged_by_id`) is NULL. COALESCE
 * evaluates lazily, so a Slack person costs the one index lookup it always did (the timers' claim runs this).
 */
export function personActorSql(personId: string): string {
  return `CASE WHEN ${personId} IS NOT NULL THEN coalesce(
            (SELECT external_id FROM person_identities WHERE person_id = ${personId} AND platform = 'slack'),
            (SELECT 'teams:' || external_id FROM person_identities WHERE person_id = ${personId} AND platform = 'teams'),
            'person:' || ${personId}) END`;
}
