import { defineColumn } from '../define-column.js';
import { parseBoolean } from '../fields/parse-boolean.js';
import { parseChoice } from '../fields/parse-choice.js';
import { parseEmail } from '../fields/parse-email.js';
import { parseList } from '../fields/parse-list.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseTeamsUserId } from '../fields/parse-teams-user-id.js';
import { parseText } from '../fields/parse-text.js';
import { parseTimeZone } from '../fields/parse-time-zone.js';
import type { ImportType } from '../import-type.js';
import { checkPeopleRows } from './check-people-rows.js';

const ROLES = ['owner', 'frontline', 'department_head', 'tech_support', 'executive', 'admin'] as const;

export const peopleImport: ImportType = {
  name: 'people',
  table: 'people',
  description: 'The roster of staff: Slack member id, department, roles and time zone.',
  key: ['slack_user_id'],
  // A person is who they are on a platform: the Slack member id is their slack identity, not a column.
  conflict: ['id'],
  identity: { column: 'slack_user_id', platform: 'slack' },
  defines: { target: 'people', column: 'slack_user_id' },
  checkRows: checkPeopleRows,
  columns: [
    defineColumn({
      name: 'slack_user_id',
      required: true,
      format: 'U or W + capitals/digits',
      example: 'U0LINWEI',
      description: 'Slack member id (profile → ⋮ → Copy member ID).',
      parse: parseSlackUserId,
      targets: [],
    }),
    defineColumn({
      name: 'name',
      required: true,
      format: 'text, up to 200 characters',
      example: 'Lin Wei',
      description: 'Display name.',
      parse: (t) => parseText(t, { maxLength: 200 }),
    }),
    defineColumn({
      name: 'email',
      required: false,
      format: 'email address',
      example: 'lin.wei@example.com',
      description: 'Work email.',
      parse: parseEmail,
    }),
    defineColumn({
      name: 'department',
      required: false,
      format: 'department name',
      example: 'Sales',
      description: 'A department from departments.csv or already in the roster.',
      parse: (t) => parseText(t, { maxLength: 100 }),
      references: 'departments',
      targets: [{ column: 'department_id', reference: 'departments' }],
    }),
    defineColumn({
      name: 'roles',
      required: false,
      format: `list separated by ";" of ${ROLES.join(', ')}`,
      example: 'owner; department_head',
      description: 'What the person may do; empty means no special role.',
      empty: '',
      parse: (t) => parseList(t, (item) => parseChoice(item, ROLES)),
      targets: [{ column: 'roles', sql: (v) => `coalesce(string_to_array(${v}, chr(31)), '{}')::"Role"[]` }],
    }),
    defineColumn({
      name: 'time_zone',
      required: false,
      format: 'IANA time zone',
      example: 'Asia/Shanghai',
      description: "Where reminders reach the person during working hours; empty means the team's default.",
      parse: parseTimeZone,
    }),
    defineColumn({
      name: 'active',
      required: false,
      format: 'true/false, yes/no, 1/0',
      example: 'true',
      description: 'false for people who left (kept for history); default true.',
      empty: 'true',
      parse: parseBoolean,
      cast: 'boolean',
    }),
    defineColumn({
      name: 'teams_user_id',
      required: false,
      format: 'Entra object id or sign-in name',
      example: '5f2b1c3a-8d4e-4f6a-9b0c-1d2e3f4a5b6c',
      description: 'Who the person is in Microsoft Teams (Entra admin center › Users › Object ID, or their sign-in name); empty for people not in Teams.',
      parse: parseTeamsUserId,
      // Their teams identity (person_identities), beside the Slack member id that keys the row.
      targets: [{ identity: 'teams' }],
    }),
    defineColumn({
      name: 'preferred_platform',
      required: false,
      format: 'slack or teams',
      example: 'teams',
      description: 'Where direct messages (reminders, pings) reach a person who is on both; empty means Slack.',
      parse: (t) => parseChoice(t, ['slack', 'teams']),
    }),
  ],
};
