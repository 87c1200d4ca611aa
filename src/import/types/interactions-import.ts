import { defineColumn } from '../define-column.js';
import { parseBoolean } from '../fields/parse-boolean.js';
import { parseChoice } from '../fields/parse-choice.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseText } from '../fields/parse-text.js';
import { parseTimestamp } from '../fields/parse-timestamp.js';
import type { ImportType } from '../import-type.js';
import { customerColumn } from './customer-column.js';

const KINDS = ['call', 'meeting', 'visit', 'mail', 'chat', 'delivery', 'greeting', 'other'] as const;

export const interactionsImport: ImportType = {
  name: 'interactions',
  table: 'interactions',
  description: 'The contact log: calls, visits, deliveries… (the engagement dimension, follow-up reminders).',
  key: ['customer', 'occurred_at', 'kind'],
  conflict: ['customer_id', 'occurred_at', 'kind'],
  columns: [
    customerColumn,
    defineColumn({
      name: 'occurred_at',
      required: true,
      format: 'ISO date and time with UTC offset',
      example: '2026-03-04T10:30+08:00',
      description: 'When it happened; the offset is required (stored in UTC).',
      parse: parseTimestamp,
      cast: 'timestamptz(3)',
    }),
    defineColumn({
      name: 'kind',
      required: true,
      format: KINDS.join(', '),
      example: 'call',
      description: '`delivery` starts the value check 1–2 weeks later.',
      parse: (t) => parseChoice(t, KINDS),
    }),
    defineColumn({
      name: 'author',
      required: false,
      format: 'Slack member id of a person',
      example: 'U0LINWEI',
      description: 'Who had the conversation (reminded to write a missing summary).',
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'author_id', reference: 'people' }],
    }),
    defineColumn({
      name: 'summary',
      required: false,
      format: 'text, line breaks allowed',
      example: 'Quarterly review; wants API access',
      description: 'The written summary; empty means still to be written.',
      parse: (t) => parseText(t, { maxLength: 10000, multiline: true }),
    }),
    defineColumn({
      name: 'proactive_need',
      required: false,
      format: 'true/false, yes/no, 1/0',
      example: 'yes',
      description: 'The customer raised a new need or cooperation intent (engagement +2); default false.',
      empty: 'false',
      parse: parseBoolean,
      cast: 'boolean',
    }),
  ],
};
