import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import type { ImportType } from '../import-type.js';
import { checkOverrideRows } from './check-override-rows.js';

export const overridesImport: ImportType = {
  name: 'overrides',
  table: 'on_call_overrides',
  description:
    "Who covers whose on-call shifts, and when: whole days in the team's time zone. Importing the same row again changes nothing.",
  key: ['person', 'for', 'from', 'to'],
  conflict: ['person_id', 'for_person_id', 'starts_at', 'ends_at'],
  columns: [
    defineColumn({ name: 'person', required: true, format: 'Slack member id', example: 'U0PRIYA', description: 'Who covers (a person from people.csv or the roster).', parse: parseSlackUserId, references: 'people' }),
    defineColumn({ name: 'for', required: true, format: 'Slack member id', example: 'U0LUKAS', description: 'Whose shifts they hold in that period.', parse: parseSlackUserId, references: 'people' }),
    defineColumn({ name: 'from', required: true, format: 'YYYY-MM-DD', example: '2026-12-20', description: 'The first day covered.', parse: parseCalendarDate }),
    defineColumn({ name: 'to', required: true, format: 'YYYY-MM-DD', example: '2026-12-27', description: 'The last day covered (inclusive).', parse: parseCalendarDate }),
  ],
  checkRows: checkOverrideRows,
};
