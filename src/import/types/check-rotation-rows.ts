import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** The weekday of a checked YYYY-MM-DD date. */
const weekdayOf = (date: string) => WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/**
 * Rules across a rotation row's cells: a weekly rotation names its handoff weekday and starts on one, other
 * lengths name none; a rotation has members; one rotation per tier and department in a file.
 */
export function checkRotationRows(file: ParsedFile, problems: ImportProblems): void {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]!;
  const [tiers, departments, lengths, weekdays, startsOn, members] = ['tier', 'department', 'length', 'handoff_weekday', 'starts_on', 'members'].map(column);
  const seen = new Map<string, number>();
  file.lines.forEach((line, row) => {
    const add = (columnName: string, message: string) => problems.add({ file: file.file, line, column: columnName, message });
    const weekday = weekdays!.get(row);
    const start = startsOn!.get(row);
    if (lengths!.get(row) === 'weekly') {
      if (!weekday) add('handoff_weekday', 'a weekly rotation names the day shifts change (expected monday … sunday)');
      else if (start && weekdayOf(start) !== weekday) {
        add('starts_on', `${start} is a ${weekdayOf(start)}; a rotation handing off on ${weekday} starts on a ${weekday}`);
      }
    } else if (weekday) add('handoff_weekday', 'only a weekly rotation has a handoff weekday (leave it empty)');
    if (!members!.get(row)) add('members', 'a rotation needs at least one member (expected e.g. U0LUKAS; U0TOM)');
    const scope = `tier ${tiers!.get(row)} of ${departments!.get(row)?.toLowerCase() ?? 'every department'}`;
    const first = seen.get(scope);
    if (first !== undefined) add('department', `line ${first} already has the rotation for ${scope} (expected one per tier and department)`);
    else seen.set(scope, line);
  });
}
