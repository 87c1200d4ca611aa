import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

/** A customer's deputy owner is someone other than its owner (checked before anything is written). */
export function checkDeputyOwnerRows(file: ParsedFile, problems: ImportProblems): void {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]?.toArray() ?? [];
  const [owners, deputies] = [column('owner'), column('deputy_owner')];
  file.lines.forEach((line, row) => {
    const deputy = deputies[row];
    if (deputy != null && deputy === owners[row]) {
      problems.add({ file: file.file, line, column: 'deputy_owner', message: `${deputy} is the owner already (expected someone else's Slack member id, or empty)` });
    }
  });
}
