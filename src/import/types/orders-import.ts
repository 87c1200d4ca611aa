import { defineColumn } from '../define-column.js';
import { parseCalendarDate } from '../fields/parse-calendar-date.js';
import { parseDecimal } from '../fields/parse-decimal.js';
import { parseText } from '../fields/parse-text.js';
import type { ImportType } from '../import-type.js';
import { amountRule } from './amount-rule.js';
import { customerColumn } from './customer-column.js';

export const ordersImport: ImportType = {
  name: 'orders',
  table: 'orders',
  description: 'Orders (the order-volume input of the stability dimension).',
  key: ['ref'],
  conflict: ['ref'],
  columns: [
    defineColumn({
      name: 'ref',
      required: true,
      format: 'text, up to 100 characters, unique',
      example: 'SO-2026-0001',
      description: 'Order reference from the order system.',
      parse: (t) => parseText(t, { maxLength: 100 }),
    }),
    customerColumn,
    defineColumn({
      name: 'ordered_on',
      required: true,
      format: 'YYYY-MM-DD',
      example: '2026-03-31',
      description: 'Order date.',
      parse: parseCalendarDate,
      cast: 'date',
    }),
    defineColumn({
      name: 'amount',
      required: true,
      format: 'number ≥ 0, at most 2 decimals, no separators',
      example: '12500.00',
      description: 'Order value in the team currency.',
      parse: (t) => parseDecimal(t, amountRule),
      cast: 'numeric(14,2)',
    }),
  ],
};
