import type { DecimalRule } from '../fields/parse-decimal.js';

/** Money as numeric(14,2): never negative, cents at most. */
export const amountRule: DecimalRule = { scale: 2, min: 0, max: 999_999_999_999.99, noun: 'an amount', example: '12500.00' };
