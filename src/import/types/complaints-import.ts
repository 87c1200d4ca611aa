import { defineColumn } from '../define-column.js';
import { parseChoice } from '../fields/parse-choice.js';
import { parseText } from '../fields/parse-text.js';
import { parseTimestamp } from '../fields/parse-timestamp.js';
import type { ImportType } from '../import-type.js';
import { checkComplaintRows } from './check-complaint-rows.js';
import { customerColumn } from './customer-column.js';

const CLASSES = ['urgent', 'general', 'suggestion'] as const;
const STATUSES = ['open', 'acknowledged', 'resolved', 'closed', 'reopened'] as const;
const timestamp = (v: string) => `(${v})::timestamptz(3)`;

/**
 * A team's complaint history (issue 6): feeds `/complaint show`, the monthly report and the risk
 * dimension of the health score. The opening time also starts the case's timers, so an imported case
 * still open is checked — and escalated if overdue — at the next scheduler tick.
 */
export const complaintsImport: ImportType = {
  name: 'complaints',
  table: 'complaints',
  description: 'Complaint history: class, category, status and times (the monthly report, the risk dimension).',
  key: ['ref'],
  conflict: ['ref'],
  checkRows: checkComplaintRows,
  columns: [
    defineColumn({
      name: 'ref',
      required: true,
      format: 'text, up to 100 characters, unique',
      example: 'CRM-2026-0042',
      description: "The complaint's reference in the system it comes from; importing it again updates it.",
      parse: (t) => parseText(t, { maxLength: 100 }),
    }),
    customerColumn,
    defineColumn({
      name: 'class',
      required: true,
      format: CLASSES.join(', '),
      example: 'general',
      description: 'urgent (hurts the core business), general, or suggestion.',
      parse: (t) => parseChoice(t, CLASSES),
      cast: '"ComplaintClass"',
    }),
    defineColumn({
      name: 'category',
      required: true,
      format: 'text, up to 100 characters',
      example: 'delivery',
      description: 'Problem type, e.g. product, technical, delivery, billing, service (the team\'s categories).',
      parse: (t) => parseText(t, { maxLength: 100 }),
    }),
    defineColumn({
      name: 'description',
      required: true,
      format: 'text, line breaks allowed',
      example: 'Shipment 7 arrived two weeks late',
      description: 'What the customer reported; kept whole, shown folded.',
      parse: (t) => parseText(t, { maxLength: 100_000, multiline: true }),
    }),
    defineColumn({
      name: 'source',
      required: false,
      format: 'text, up to 50 characters',
      example: 'phone',
      description: 'The channel it came through (phone, mail, crm, chat, visit).',
      parse: (t) => parseText(t, { maxLength: 50 }),
    }),
    defineColumn({
      name: 'status',
      required: true,
      format: STATUSES.join(', '),
      example: 'closed',
      description: 'closed = the customer confirmed the solution (needs resolved_at and closed_at); resolved = solved, confirmation pending (needs resolved_at, no closed_at); open, acknowledged, reopened: neither.',
      parse: (t) => parseChoice(t, STATUSES),
      cast: '"ComplaintStatus"',
    }),
    defineColumn({
      name: 'tier',
      required: false,
      format: '1, 2 or 3',
      example: '1',
      description: 'The escalation tier it reached; default 1.',
      empty: '1',
      parse: (t) => parseChoice(t, ['1', '2', '3']),
      cast: 'smallint',
    }),
    defineColumn({
      name: 'lead_department',
      required: false,
      format: 'department name',
      example: 'Customer Success',
      description: 'The lead department (from departments.csv or already in the roster).',
      parse: (t) => parseText(t, { maxLength: 100 }),
      references: 'departments',
      targets: [{ column: 'lead_department_id', reference: 'departments' }],
    }),
    defineColumn({
      name: 'opened_at',
      required: true,
      format: 'ISO date and time with UTC offset',
      example: '2026-03-04T10:30+08:00',
      description: 'When the complaint came in; its SLA clocks count from here.',
      parse: parseTimestamp,
      // The case's tier started then, and the scheduler looks at it from then on (closed cases it skips).
      targets: [
        { column: 'opened_at', sql: timestamp },
        { column: 'tier_since', sql: timestamp },
        { column: 'next_check_at', sql: timestamp },
      ],
    }),
    defineColumn({
      name: 'first_response_at',
      required: false,
      format: 'ISO date and time with UTC offset',
      example: '2026-03-04T11:10+08:00',
      description: 'The first reply to the customer (median time to first response, SLA compliance).',
      parse: parseTimestamp,
      cast: 'timestamptz(3)',
    }),
    defineColumn({
      name: 'resolved_at',
      required: false,
      format: 'ISO date and time with UTC offset',
      example: '2026-03-05T16:00+08:00',
      description: 'When it was solved (resolution rate, median time to resolution).',
      parse: parseTimestamp,
      cast: 'timestamptz(3)',
    }),
    defineColumn({
      name: 'solution',
      required: false,
      format: 'text, line breaks allowed',
      example: 'Re-sent with express delivery',
      description: 'What solved it.',
      parse: (t) => parseText(t, { maxLength: 100_000, multiline: true }),
    }),
    defineColumn({
      name: 'closed_at',
      required: false,
      format: 'ISO date and time with UTC offset',
      example: '2026-03-06T09:00+08:00',
      description: 'When the customer confirmed the solution.',
      parse: parseTimestamp,
      cast: 'timestamptz(3)',
    }),
  ],
};
