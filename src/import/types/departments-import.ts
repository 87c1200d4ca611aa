import { defineColumn } from '../define-column.js';
import { parseSlackChannel } from '../fields/parse-slack-channel.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';

export const departmentsImport: ImportType = {
  name: 'departments',
  table: 'departments',
  description: 'Departments with their Slack channel and head (a person).',
  key: ['name'],
  conflict: ['name'],
  defines: { target: 'departments', column: 'name' },
  columns: [
    defineColumn({
      name: 'name',
      required: true,
      format: 'text, up to 100 characters',
      example: 'Customer Success',
      description: 'The department name; people.csv refers to it.',
      parse: (t) => parseText(t, { maxLength: 100 }),
    }),
    defineColumn({
      name: 'slack_channel',
      required: false,
      format: '#name or channel id',
      example: '#customer-success',
      description: "The department's channel, where escalations for it are posted.",
      parse: parseSlackChannel,
      targets: [{ channel: 'slack' }],
    }),
    defineColumn({
      name: 'head',
      required: false,
      format: 'Slack member id of a person',
      example: 'U0ANNASCH',
      description: 'The department head (a person from people.csv or already in the roster).',
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'head_id', reference: 'people' }],
    }),
  ],
};
