import { defineColumn } from '../define-column.js';
import { parseBoolean } from '../fields/parse-boolean.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseChoice } from '../fields/parse-choice.js';
import { parseCustomerKey } from '../fields/parse-customer-key.js';
import { parseList } from '../fields/parse-list.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';
import { checkDeputyOwnerRows } from './check-deputy-owner-rows.js';

export const customersImport: ImportType = {
  name: 'customers',
  table: 'customers',
  description: 'Client companies: key, name, tier, value segment, owner.',
  key: ['key'],
  conflict: ['key'],
  defines: { target: 'customers', column: 'key' },
  columns: [
    defineColumn({
      name: 'key',
      required: true,
      format: '1–32 letters, digits, . _ -; case-insensitive (stored upper-case)',
      example: 'ACME',
      description: 'The short handle used everywhere (`/customer score ACME`).',
      parse: parseCustomerKey,
    }),
    defineColumn({
      name: 'name',
      required: true,
      format: 'text, up to 200 characters',
      example: 'Acme Corp',
      description: 'The company name.',
      parse: (t) => parseText(t, { maxLength: 200 }),
    }),
    defineColumn({
      name: 'aliases',
      required: false,
      format: 'list separated by ";"',
      example: 'Acme; ACME Corporation',
      description: 'Other names people type to find the customer.',
      empty: '',
      parse: (t) => parseList(t, (item) => parseText(item, { maxLength: 200 })),
      targets: [{ column: 'aliases', sql: (v) => `coalesce(string_to_array(${v}, chr(31)), '{}')` }],
    }),
    defineColumn({
      name: 'tier',
      required: false,
      format: 'strategic, normal or new',
      example: 'strategic',
      description: 'Drives the assessment cadence; default normal.',
      empty: 'normal',
      parse: (t) => parseChoice(t, ['strategic', 'normal', 'new']),
      cast: '"Tier"',
    }),
    defineColumn({
      name: 'value_segment',
      required: false,
      format: 'high, mid or low',
      example: 'high',
      description: 'Value segment; default mid.',
      empty: 'mid',
      parse: (t) => parseChoice(t, ['high', 'mid', 'low']),
      cast: '"ValueSegment"',
    }),
    defineColumn({
      name: 'high_potential',
      required: false,
      format: 'true/false, yes/no, 1/0',
      example: 'yes',
      description: 'High-potential customers are followed up weekly; default false.',
      empty: 'false',
      parse: parseBoolean,
      cast: 'boolean',
    }),
    defineColumn({
      name: 'owner',
      required: false,
      format: 'Slack member id of a person',
      example: 'U0LINWEI',
      description: 'The account manager (a person from people.csv or already in the roster).',
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'owner_id', reference: 'people' }],
    }),
    defineColumn({
      name: 'started_on',
      required: false,
      format: 'YYYY-MM-DD',
      example: '2024-03-15',
      description: 'Start of the cooperation (anniversaries, new-customer onboarding).',
      parse: parseCalendarDate,
      cast: 'date',
    }),
    defineColumn({
      name: 'deputy_owner',
      required: false,
      format: 'Slack member id of a person other than the owner',
      example: 'U0ANNASCH',
      description: "Gets the owner's reminders for this customer while the owner is away (`/customer deputy` changes it).",
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'deputy_owner_id', reference: 'people' }],
    }),
  ],
  checkRows: checkDeputyOwnerRows,
};
