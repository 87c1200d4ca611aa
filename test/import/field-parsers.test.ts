import { describe, expect, it } from 'vitest';
import { parseBirthday } from '../../src/import/fields/parse-birthday.js';
import { parseBoolean } from '../../src/import/fields/parse-boolean.js';
import { parseCalendarDate } from '../../src/import/fields/parse-calendar-date.js';
import { parseChoice } from '../../src/import/fields/parse-choice.js';
import { parseCustomerKey } from '../../src/import/fields/parse-customer-key.js';
import { parseDecimal } from '../../src/import/fields/parse-decimal.js';
import { parseList } from '../../src/import/fields/parse-list.js';
import { parseText } from '../../src/import/fields/parse-text.js';
import { parseTimeZone } from '../../src/import/fields/parse-time-zone.js';
import { parseTimestamp } from '../../src/import/fields/parse-timestamp.js';
import type { FieldResult } from '../../src/import/field-result.js';

const value = (r: FieldResult) => (r.ok ? r.value : `ERROR ${r.problem}`);
const problem = (r: FieldResult) => (r.ok ? `OK ${r.value}` : r.problem);

describe('import field parsers', () => {
  it('calendar dates exist or are refused with the reason', () => {
    expect(value(parseCalendarDate('2024-02-29'))).toBe('2024-02-29');
    expect(problem(parseCalendarDate('2026-02-30'))).toBe('"2026-02-30" does not exist: month 2 of 2026 has 28 days (expected a real date)');
    expect(problem(parseCalendarDate('2026-02-29'))).toMatch(/does not exist/);
    expect(problem(parseCalendarDate('2026-13-01'))).toMatch(/there is no month 13/);
    expect(problem(parseCalendarDate('31/12/2026'))).toBe('"31/12/2026" is not a date (expected YYYY-MM-DD, e.g. 2026-03-31)');
  });

  it('birthdays may omit the year; 02-29 is possible only without a year or in a leap year', () => {
    expect(value(parseBirthday('11-27'))).toBe('|11|27');
    expect(value(parseBirthday('--11-27'))).toBe('|11|27');
    expect(value(parseBirthday('02-29'))).toBe('|02|29');
    expect(value(parseBirthday('1984-02-29'))).toBe('1984|02|29');
    expect(problem(parseBirthday('02-30'))).toBe('"02-30" is not a possible birthday: month 2 has at most 29 days (expected MM-DD, e.g. 11-27)');
    expect(problem(parseBirthday('1985-02-29'))).toMatch(/does not exist: month 2 of 1985 has 28 days/);
    expect(problem(parseBirthday('13-01'))).toMatch(/there is no month 13/);
  });

  it('timestamps need an offset and are normalised to UTC milliseconds', () => {
    expect(value(parseTimestamp('2026-03-04T10:30+08:00'))).toBe('2026-03-04T02:30:00.000Z');
    expect(value(parseTimestamp('2026-03-04 02:30:00.5Z'))).toBe('2026-03-04T02:30:00.500Z');
    expect(value(parseTimestamp('2026-03-29T01:30-0700'))).toBe('2026-03-29T08:30:00.000Z');
    expect(problem(parseTimestamp('2026-03-04T10:30'))).toMatch(/^"2026-03-04T10:30" is not a time with offset \(expected an ISO time with its UTC offset/);
    expect(problem(parseTimestamp('2026-02-30T10:30Z'))).toMatch(/does not exist/);
    expect(problem(parseTimestamp('2026-03-04T24:00Z'))).toMatch(/not a valid time of day/);
  });

  it('time zones must be IANA names', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles', 'UTC']) expect(value(parseTimeZone(zone))).toBe(zone);
    expect(problem(parseTimeZone('Mars/Olympus'))).toBe(
      '"Mars/Olympus" is not an IANA time zone (expected e.g. Asia/Shanghai, Europe/Berlin, America/Los_Angeles)',
    );
    expect(problem(parseTimeZone('CEST'))).toMatch(/is not an IANA time zone/);
  });

  it('decimals: no negatives, bounded, limited decimals, kept as exact text', () => {
    const rule = { scale: 2, min: 0, max: 100, noun: 'a score', example: '87.5' };
    expect(value(parseDecimal('89.90', rule))).toBe('89.90');
    expect(value(parseDecimal('+100', rule))).toBe('100');
    expect(problem(parseDecimal('-5', rule))).toBe('"-5" is negative (expected a score from 0 to 100 with at most 2 decimals, e.g. 87.5)');
    expect(problem(parseDecimal('100.01', rule))).toMatch(/is out of range/);
    expect(problem(parseDecimal('1.005', rule))).toMatch(/more than 2 decimals/);
    expect(problem(parseDecimal('1,000', rule))).toMatch(/is not a number/);
  });

  it('choices, lists, booleans, keys and text', () => {
    expect(problem(parseChoice('gold', ['strategic', 'normal', 'new']))).toBe('"gold" is not one of strategic, normal, new');
    expect(value(parseChoice('Strategic', ['strategic', 'normal', 'new']))).toBe('strategic');
    expect(value(parseList('owner; frontline;;owner', (t) => parseChoice(t, ['owner', 'frontline'])))).toBe('owner\u001ffrontline');
    expect(problem(parseList('owner; boss', (t) => parseChoice(t, ['owner'])))).toBe('item "boss" is not one of owner');
    expect(value(parseBoolean('Yes'))).toBe('true');
    expect(problem(parseBoolean('maybe'))).toMatch(/expected true\/false, yes\/no or 1\/0/);
    expect(value(parseCustomerKey('acme'))).toBe('ACME');
    expect(problem(parseCustomerKey('AC ME'))).toMatch(/is not a customer key/);
    expect(problem(parseText('a\u0007b', { maxLength: 10 }))).toMatch(/control character/);
    expect(problem(parseText('two\nlines', { maxLength: 10 }))).toMatch(/line break/);
    expect(value(parseText('two\nlines', { maxLength: 10, multiline: true }))).toBe('two\nlines');
  });
});
