import type { ReferenceTarget } from './import-type.js';

/**
 * How each referenced table is looked up: a table (or a subquery) with an `id` and the natural key column,
 * and words for messages. People are named by their Slack identity.
 */
export const referenceTargets: Record<
  ReferenceTarget,
  { table: string; keyColumn: string; noun: string; keyName: string; file: string }
> = {
  customers: { table: 'customers', keyColumn: 'key', noun: 'customer', keyName: 'key', file: 'customers.csv' },
  people: {
    table: "(SELECT person_id AS id, external_id AS slack_user_id FROM person_identities WHERE platform = 'slack')",
    keyColumn: 'slack_user_id',
    noun: 'person',
    keyName: 'Slack member id',
    file: 'people.csv',
  },
  departments: { table: 'departments', keyColumn: 'name', noun: 'department', keyName: 'name', file: 'departments.csv' },
};
