import type { ImportProblems } from '../import-problems.js';
import type { ParsedFile } from '../parsed-file.js';

type Status = 'open' | 'acknowledged' | 'resolved' | 'closed' | 'reopened';
type Rule = 'required' | 'empty';

/**
 * Which times each status has, as the case's own transitions leave them: resolving sets `resolved_at`,
 * the customer's confirmation sets `closed_at`, reopening clears both. The health score and the report
 * read a case's state from these times, so a row whose status says otherwise is refused.
 */
const TIMES_BY_STATUS: Record<Status, { resolved_at: Rule; closed_at: Rule }> = {
  open: { resolved_at: 'empty', closed_at: 'empty' },
  acknowledged: { resolved_at: 'empty', closed_at: 'empty' },
  resolved: { resolved_at: 'required', closed_at: 'empty' },
  closed: { resolved_at: 'required', closed_at: 'required' },
  reopened: { resolved_at: 'empty', closed_at: 'empty' },
};

const MEANING = {
  resolved_at: 'when it was solved',
  closed_at: 'when the customer confirmed the solution',
} as const;

const EXAMPLE = { resolved_at: '2026-03-05T16:00+08:00', closed_at: '2026-03-06T09:00+08:00' } as const;

/** Times after the one before them: a case is opened, answered, solved, then confirmed. */
const ORDER = [
  ['first_response_at', 'opened_at'],
  ['resolved_at', 'opened_at'],
  ['closed_at', 'resolved_at'],
  ['closed_at', 'opened_at'],
] as const;

/**
 * The rules no single cell can check: a complaint's status and its times agree, and its times are in
 * order. Rows with a bad cell are left to that cell's message.
 */
export function checkComplaintRows(file: ParsedFile, problems: ImportProblems): void {
  // A column left out of the file reads as empty on every row.
  const column = (name: string): ((row: number) => string | null) => {
    const values = file.values[file.type.columns.findIndex((c) => c.name === name)];
    return values ? (row) => values.get(row) : () => null;
  };
  const status = column('status');
  const times = {
    opened_at: column('opened_at'),
    first_response_at: column('first_response_at'),
    resolved_at: column('resolved_at'),
    closed_at: column('closed_at'),
  };
  const reported = new Set(problems.kept.filter((p) => p.file === file.file).map((p) => p.line));
  file.lines.forEach((line, row) => {
    const given = status(row) as Status | null;
    if (!given || reported.has(line)) return;
    const add = (column: string, message: string) => problems.add({ file: file.file, line, column, message });
    for (const name of ['resolved_at', 'closed_at'] as const) {
      const rule = TIMES_BY_STATUS[given][name];
      const value = times[name](row);
      if (rule === 'required' && value == null) {
        add(name, `is empty, but status ${given} needs ${MEANING[name]} (expected e.g. ${EXAMPLE[name]})`);
      } else if (rule === 'empty' && value != null) {
        const allowed = (Object.keys(TIMES_BY_STATUS) as Status[]).filter((s) => TIMES_BY_STATUS[s][name] === 'required');
        add(name, `is ${value}, but a case with status ${given} has no ${name.replace('_at', '')} time (expected it empty, or status ${allowed.join(' or ')})`);
      }
    }
    for (const [later, earlier] of ORDER) {
      const after = times[later](row);
      const before = times[earlier](row);
      // closed_at is compared with opened_at only when there is no resolved_at to compare it with
      if (later === 'closed_at' && earlier === 'opened_at' && times.resolved_at(row) != null) continue;
      if (after != null && before != null && after < before) {
        add(later, `${after} is before ${earlier} ${before} (expected a time at or after ${earlier})`);
      }
    }
  });
}
