import { checkAssessmentRows } from './check-assessment-rows.js';
import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseDecimal } from '../fields/parse-decimal.js';
import { parseSlackUserId } from '../fields/parse-slack-user-id.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportColumn, ImportType } from '../import-type.js';
import { customerColumn } from './customer-column.js';

/** An optional override of one dimension: kept in assessment_overrides, so no column of its own here. */
const overrideColumn = (name: string): ImportColumn =>
  defineColumn({
    name,
    required: false,
    format: 'number 0–10, at most 1 decimal',
    example: '8.5',
    description: `Override of the ${name} dimension (needs \`reason\`).`,
    parse: (t) => parseDecimal(t, { scale: 1, min: 0, max: 10, noun: 'a score', example: '8.5' }),
    targets: [],
  });

/**
 * A team's assessment history from its spreadsheet. Each row becomes an immutable snapshot scored with
 * the data as of `assessed_on` (so it is written by the health score's own writer, not a plain upsert);
 * a row whose customer already has an assessment that day is left as it is.
 */
export const assessmentsImport: ImportType = {
  name: 'assessments',
  checkRows: checkAssessmentRows,
  table: 'assessments',
  description:
    'Past assessments (a spreadsheet history): the needs-fit judgement, optional overrides with a reason, the assessor. Each is scored with the data as of its date and never rewritten: importing it again leaves it as it is.',
  key: ['customer', 'assessed_on'],
  conflict: ['customer_id', 'assessed_on'],
  columns: [
    customerColumn,
    defineColumn({
      name: 'assessed_on',
      required: true,
      format: 'YYYY-MM-DD',
      example: '2026-08-31',
      description: 'The date of the assessment; one per customer and day.',
      parse: parseCalendarDate,
      cast: 'date',
    }),
    defineColumn({
      name: 'needs_fit',
      required: true,
      format: 'whole number 0–10 (the playbook: 10, 7, 4, 1)',
      example: '7',
      description: "The assessor's judgement of how well the products meet the needs.",
      parse: (t) => parseDecimal(t, { scale: 0, min: 0, max: 10, noun: 'a judgement', example: '7' }),
      cast: 'smallint',
    }),
    overrideColumn('stability'),
    overrideColumn('satisfaction'),
    overrideColumn('engagement'),
    overrideColumn('risk'),
    defineColumn({
      name: 'reason',
      required: false,
      format: 'text, up to 500 characters',
      example: 'orders steady at ¥1.2M ± ¥0.1M',
      description: 'Why the overrides were set (required when any override is given).',
      parse: (t) => parseText(t, { maxLength: 500 }),
      targets: [],
    }),
    defineColumn({
      name: 'assessor',
      required: false,
      format: 'Slack member id',
      example: 'U0LINWEI',
      description: 'Who assessed (a person from people.csv or the roster); when empty, the assessment is attributed to the importing user.',
      parse: parseSlackUserId,
      references: 'people',
      targets: [{ column: 'assessor_id', reference: 'people' }],
    }),
  ],
};
