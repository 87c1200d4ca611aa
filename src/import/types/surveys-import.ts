import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseDecimal } from '../fields/parse-decimal.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';
import { customerColumn } from './customer-column.js';

export const surveysImport: ImportType = {
  name: 'surveys',
  table: 'surveys',
  description: 'Satisfaction surveys, 0–100 (the satisfaction dimension uses the latest).',
  key: ['customer', 'surveyed_on'],
  conflict: ['customer_id', 'surveyed_on'],
  columns: [
    customerColumn,
    defineColumn({
      name: 'surveyed_on',
      required: true,
      format: 'YYYY-MM-DD',
      example: '2026-09-14',
      description: 'Survey date; one survey per customer and day.',
      parse: parseCalendarDate,
      cast: 'date',
    }),
    defineColumn({
      name: 'score',
      required: true,
      format: 'number 0–100, at most 2 decimals',
      example: '92',
      description: 'The satisfaction score (89.9 is not 90).',
      parse: (t) => parseDecimal(t, { scale: 2, min: 0, max: 100, noun: 'a score', example: '87.5' }),
      cast: 'numeric(5,2)',
    }),
    defineColumn({
      name: 'comment',
      required: false,
      format: 'text',
      example: 'Happy with delivery times',
      description: 'Free-text remark.',
      parse: (t) => parseText(t, { maxLength: 4000, multiline: true }),
    }),
  ],
};
