import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

const OVERRIDES = ['stability', 'satisfaction', 'engagement', 'risk'];

/**
 * The rule no single cell can check: an override needs a written reason. Run with the other checks,
 * before anything is written.
 */
export function checkAssessmentRows(file: ParsedFile, problems: ImportProblems): void {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]?.toArray() ?? [];
  const reasons = column('reason');
  const overrides = OVERRIDES.map((name) => ({ name, values: column(name) }));
  file.lines.forEach((line, row) => {
    const given = overrides.filter((o) => o.values[row] != null).map((o) => o.name);
    if (given.length > 0 && (reasons[row] == null || reasons[row] === '')) {
      problems.add({
        file: file.file,
        line,
        column: 'reason',
        message: `an override (${given.join(', ')}) needs a written reason (expected e.g. "orders steady at ¥1.2M ± ¥0.1M")`,
      });
    }
  });
}
