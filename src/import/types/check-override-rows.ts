import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

/** An override's period runs forward, and nobody covers for themselves. */
export function checkOverrideRows(file: ParsedFile, problems: ImportProblems): void {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]!;
  const [people, covered, froms, tos] = ['person', 'for', 'from', 'to'].map(column);
  file.lines.forEach((line, row) => {
    const from = froms!.get(row);
    const to = tos!.get(row);
    if (from && to && to < from) problems.add({ file: file.file, line, column: 'to', message: `${to} is before ${from} (expected the last day covered, on or after from)` });
    if (people!.get(row) && people!.get(row) === covered!.get(row)) problems.add({ file: file.file, line, column: 'for', message: 'a person cannot cover for themselves (expected someone else)' });
  });
}
