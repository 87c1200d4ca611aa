import { defineColumn } from '../define-column.js';
import { parseCustomerKey } from '../fields/parse-customer-key.js';
import type { ImportColumn } from '../import-type.js';

/** The `customer` column every per-customer record carries: a customer key, resolved to customer_id. */
export const customerColumn: ImportColumn = defineColumn({
  name: 'customer',
  required: true,
  format: 'customer key',
  example: 'ACME',
  description: 'The customer (from customers.csv or already in the roster); case-insensitive.',
  parse: parseCustomerKey,
  references: 'customers',
  targets: [{ column: 'customer_id', reference: 'customers' }],
});
