import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importTypes } from '../../src/import/import-types.js';

describe('docs/import.md', () => {
  const docs = readFileSync('docs/import.md', 'utf8');

  it.each(importTypes.map((type) => [type.name, type] as const))('documents every column of %s', (_name, type) => {
    const section = docs.split(`### ${type.name}.csv`)[1]?.split('\n### ')[0];
    expect(section, `docs/import.md has no "### ${type.name}.csv" section`).toBeDefined();
    for (const column of type.columns) {
      expect(section).toContain(`| \`${column.name}\` | ${column.required ? 'yes' : 'no'} | ${column.format} |`);
    }
  });
});
