import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import type { ImportType } from '../import-type.js';
import { checkAbsenceRows } from './check-absence-rows.js';

export const absencesImport: ImportType = {
  name: 'absences',
  table: 'absences',
  description: 'Who is away when (HR data): the person, the first and last day away in their own time zone, and a deputy.',
  key: ['person', 'from'],
  conflict: ['person_id', 'starts_on'],
  columns: [
    defineColumn({
      name: 'person',
      required: true,
      format: 'Slack member id of a person',
      example: 'U0LINWEI',
      description: 'Who is away (a person from people.csv or already in the roster).',
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'person_id', reference: 'people' }],
    }),
    defineColumn({
      name: 'from',
      required: true,
      format: 'YYYY-MM-DD',
      example: '2026-12-20',
      description: "The first day away, in the person's time zone.",
      parse: parseCalendarDate,
      targets: [{ column: 'starts_on', sql: (v) => `(${v})::date` }],
    }),
    defineColumn({
      name: 'to',
      required: true,
      format: 'YYYY-MM-DD, not before from',
      example: '2027-01-03',
      description: 'The last day away (included); back on the next working day.',
      parse: parseCalendarDate,
      targets: [{ column: 'ends_on', sql: (v) => `(${v})::date` }],
    }),
    defineColumn({
      name: 'deputy',
      required: false,
      format: 'Slack member id of another person',
      example: 'U0PRIYA',
      description: "Takes the person's reminders for customers without a deputy owner; empty: they wait for the return.",
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'deputy_id', reference: 'people' }],
    }),
  ],
  checkRows: checkAbsenceRows,
};
