import type { ReferenceTarget } from './import-type.js';

/** How each referenced table is looked up: its natural key column, and words for messages. */
export const referenceTargets: Record<
  ReferenceTarget,
  { table: string; keyColumn: string; noun: string; keyName: string; file: string }
> = {
  customers: { table: 'customers', keyColumn: 'key', noun: 'customer', keyName: 'key', file: 'customers.csv' },
  people: { table: 'people', keyColumn: 'slack_user_id', noun: 'person', keyName: 'Slack member id', file: 'people.csv' },
  departments: { table: 'departments', keyColumn: 'name', noun: 'department', keyName: 'name', file: 'departments.csv' },
};
