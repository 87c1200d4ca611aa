import { defineColumn } from '../define-column.js';
import { accept, reject } from '../field-result.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseChoice } from '../fields/parse-choice.js';
import { parseList } from '../fields/parse-list.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseText } from '../fields/parse-text.js';
import { parseTimeZone } from '../fields/parse-time-zone.js';
import type { ImportType } from '../import-type.js';
import { checkRotationRows } from './check-rotation-rows.js';

const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const rotationsImport: ImportType = {
  name: 'rotations',
  table: 'on_call_rotations',
  description:
    "On-call rotations kept in a spreadsheet: one per tier and lead department (or every department). A row replaces the settings file's rotation of the same tier and department, and importing it again updates it.",
  key: ['name'],
  conflict: ['scope'],
  columns: [
    defineColumn({ name: 'name', required: true, format: 'text, up to 100 characters', example: 'Technical support', description: 'What `/complaint oncall` calls the rotation.', parse: (t) => parseText(t, { maxLength: 100 }) }),
    defineColumn({ name: 'tier', required: true, format: '1, 2 or 3', example: '2', description: 'The escalation tier it covers.', parse: (t) => parseChoice(t, ['1', '2', '3']) }),
    defineColumn({
      name: 'department',
      required: false,
      format: 'department name',
      example: 'Support',
      description: 'The lead department whose cases it covers; empty: every case (a group such as technical support).',
      parse: (t) => parseText(t, { maxLength: 100 }),
      references: 'departments',
    }),
    defineColumn({ name: 'time_zone', required: true, format: 'IANA time zone', example: 'Europe/Berlin', description: 'The zone the handoff time is read in.', parse: parseTimeZone }),
    defineColumn({
      name: 'length',
      required: true,
      format: 'daily, weekly or a number of days like 3d',
      example: 'weekly',
      description: 'How long one shift lasts.',
      parse: (t) => (/^(daily|weekly|[1-9]\d{0,2}d)$/.test(t.toLowerCase()) ? accept(t.toLowerCase()) : reject(`"${t}" is not daily, weekly or a number of days (expected e.g. weekly or 3d)`)),
    }),
    defineColumn({ name: 'handoff_weekday', required: false, format: 'monday … sunday', example: 'monday', description: 'Weekly rotations: the day shifts change (starts_on must be one).', parse: (t) => parseChoice(t, WEEKDAY_NAMES) }),
    defineColumn({
      name: 'handoff_time',
      required: true,
      format: 'HH:mm, 24-hour clock',
      example: '09:00',
      description: "The time shifts change, on the rotation's wall clock.",
      parse: (t) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(t) ? accept(t) : reject(`"${t}" is not a time of day (expected HH:mm on a 24-hour clock, e.g. 09:00)`)),
    }),
    defineColumn({ name: 'starts_on', required: true, format: 'YYYY-MM-DD', example: '2026-11-30', description: "The date the first member's first shift begins.", parse: parseCalendarDate }),
    defineColumn({
      name: 'members',
      required: true,
      format: 'list separated by ";" of Slack member ids',
      example: 'U0LUKAS; U0TOM; U0PRIYA',
      description: 'Who takes the shifts, in order (people from people.csv or already in the roster).',
      parse: (t) => parseList(t, parseSlackUserId),
      references: 'people',
    }),
  ],
  checkRows: checkRotationRows,
};
