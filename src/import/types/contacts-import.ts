import { defineColumn } from '../define-column.js';
import { parseBirthday } from '../fields/parse-birthday.js';
import { parseBoolean } from '../fields/parse-boolean.js';
import { parseEmail } from '../fields/parse-email.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';
import { customerColumn } from './customer-column.js';

export const contactsImport: ImportType = {
  name: 'contacts',
  table: 'contacts',
  description: "People at a customer: key contacts, decision makers, users; birthdays for greetings.",
  key: ['customer', 'name'],
  conflict: ['customer_id', 'name'],
  columns: [
    customerColumn,
    defineColumn({
      name: 'name',
      required: true,
      format: 'text, up to 200 characters',
      example: 'Maria Rossi',
      description: 'Unique per customer.',
      parse: (t) => parseText(t, { maxLength: 200 }),
    }),
    defineColumn({
      name: 'title',
      required: false,
      format: 'text',
      example: 'Head of Procurement',
      description: 'Job title.',
      parse: (t) => parseText(t, { maxLength: 200 }),
    }),
    defineColumn({
      name: 'email',
      required: false,
      format: 'email address',
      example: 'maria.rossi@acme.example',
      description: 'Email.',
      parse: parseEmail,
    }),
    defineColumn({
      name: 'phone',
      required: false,
      format: 'text',
      example: '+86 21 5555 0101',
      description: 'Phone number as written.',
      parse: (t) => parseText(t, { maxLength: 50 }),
    }),
    defineColumn({
      name: 'birthday',
      required: false,
      format: 'MM-DD or YYYY-MM-DD',
      example: '11-27',
      description: 'Birthday; the year is optional (02-29 is allowed without a year).',
      parse: parseBirthday,
      targets: [
        { column: 'birthday_month', sql: (v) => `split_part(${v}, '|', 2)::smallint` },
        { column: 'birthday_day', sql: (v) => `split_part(${v}, '|', 3)::smallint` },
        { column: 'birth_year', sql: (v) => `nullif(split_part(${v}, '|', 1), '')::smallint` },
      ],
    }),
    defineColumn({
      name: 'key_contact',
      required: false,
      format: 'true/false, yes/no, 1/0',
      example: 'yes',
      description: 'A key contact (care touchpoints are tracked for them); default false.',
      empty: 'false',
      parse: parseBoolean,
      cast: 'boolean',
    }),
  ],
};
