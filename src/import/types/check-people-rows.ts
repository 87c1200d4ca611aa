import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

/**
 * The rule no single cell can check: a Teams identity names one person. Sign-in names are matched
 * case-insensitively (as Teams does), so `EVE@x` and `eve@x` on two lines are the same identity.
 */
export function checkPeopleRows(file: ParsedFile, problems: ImportProblems): void {
  const index = file.type.columns.findIndex((c) => c.name === 'teams_user_id');
  if (index < 0 || !file.present[index]) return;
  const values = file.values[index]!.toArray();
  const seen = new Map<string, number>();
  file.lines.forEach((line, row) => {
    const value = values[row];
    if (value == null || value === '') return;
    const first = seen.get(value.toLowerCase());
    if (first === undefined) seen.set(value.toLowerCase(), line);
    else problems.add({ file: file.file, line, column: 'teams_user_id', message: `"${value}" is already the Teams identity of line ${first}'s person (one Teams user is one person)` });
  });
}
