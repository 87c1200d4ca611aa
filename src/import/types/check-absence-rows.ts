import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

/**
 * The rules no single cell can check, run before anything is written: the last day is not before the
 * first, the deputy is someone else, and one person's absences in the file do not overlap.
 */
export function checkAbsenceRows(file: ParsedFile, problems: ImportProblems): void {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]?.toArray() ?? [];
  const [people, froms, tos, deputies] = [column('person'), column('from'), column('to'), column('deputy')];
  const seen = new Map<string, { from: string; to: string; line: number }[]>();
  file.lines.forEach((line, row) => {
    const [person, from, to, deputy] = [people[row], froms[row], tos[row], deputies[row]];
    if (person == null || from == null || to == null) return;
    if (to < from) problems.add({ file: file.file, line, column: 'to', message: `${to} is before the first day ${from} (expected a last day on or after it, e.g. ${from})` });
    if (deputy != null && deputy === person) problems.add({ file: file.file, line, column: 'deputy', message: `${person} cannot be their own deputy (expected someone else's Slack member id, or empty)` });
    const earlier = seen.get(person) ?? [];
    const clash = earlier.find((other) => other.from <= to && from <= other.to);
    if (clash) problems.add({ file: file.file, line, column: 'from', message: `${from}..${to} overlaps ${person}'s absence ${clash.from}..${clash.to} on line ${clash.line} (expected one row per absence)` });
    earlier.push({ from, to, line });
    seen.set(person, earlier);
  });
}
