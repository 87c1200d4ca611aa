import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseDecimal } from '../fields/parse-decimal.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';
import { amountRule } from './amount-rule.js';
import { customerColumn } from './customer-column.js';

export const paymentsImport: ImportType = {
  name: 'payments',
  table: 'payments',
  description: 'Invoices and when they were paid (the punctuality input of the stability dimension).',
  key: ['ref'],
  conflict: ['ref'],
  columns: [
    defineColumn({
      name: 'ref',
      required: true,
      format: 'text, up to 100 characters, unique',
      example: 'INV-2026-0001',
      description: 'Invoice reference.',
      parse: (t) => parseText(t, { maxLength: 100 }),
    }),
    customerColumn,
    defineColumn({
      name: 'amount',
      required: true,
      format: 'number ≥ 0, at most 2 decimals',
      example: '12500.00',
      description: 'Amount due.',
      parse: (t) => parseDecimal(t, amountRule),
      cast: 'numeric(14,2)',
    }),
    defineColumn({
      name: 'due_on',
      required: true,
      format: 'YYYY-MM-DD',
      example: '2026-04-30',
      description: 'Due date.',
      parse: parseCalendarDate,
      cast: 'date',
    }),
    defineColumn({
      name: 'paid_on',
      required: false,
      format: 'YYYY-MM-DD',
      example: '2026-05-03',
      description: 'Date paid; empty while unpaid.',
      parse: parseCalendarDate,
      cast: 'date',
    }),
  ],
};
