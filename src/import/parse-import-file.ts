import type { ImportLimits } from './import-limits.js';
import type { ImportType } from './import-type.js';
import { ImportFileError } from './import-file-error.js';
import type { ImportProblems } from './import-problems.js';
import { PackedColumn } from './packed-column.js';
import type { ParsedFile } from './parsed-file.js';
import { readCsvRecords } from './read-csv-records.js';

/**
 * Reads and checks one CSV file of `type` in a single streaming pass: header, every cell,
 * duplicate natural keys. Problems go to `problems`; the file comes back either way so
 * references can still be checked. Returns null when the file cannot be read as CSV at all.
 */
export async function parseImportFile(
  path: string,
  file: string,
  type: ImportType,
  limits: ImportLimits,
  problems: ImportProblems,
  regularOnly = false,
): Promise<ParsedFile | null> {
  const columns = type.columns;
  const parsed: ParsedFile = { path, file, type, present: columns.map(() => false), values: columns.map(() => new PackedColumn()), lines: [] };
  const values = parsed.values;
  // Per type column: its position in the file's header, or -1.
  const position = columns.map(() => -1);
  let headerLength = 0;
  let sawHeader = false;
  let headerBroken = false;
  const keyIndexes = type.key.map((name) => columns.findIndex((c) => c.name === name));
  const singleKey = keyIndexes.length === 1 ? keyIndexes[0]! : -1;
  const keyLabel = type.key.join(', ');

  const onHeader = (line: number, values: string[]) => {
    headerLength = values.length;
    const seen = new Set<string>();
    values.forEach((raw, at) => {
      const name = raw.trim().toLowerCase();
      const index = columns.findIndex((c) => c.name === name);
      if (name === '') {
        problems.add({ file, line, column: 'header', message: `column ${at + 1} has no name (expected one of ${names(type)})` });
      } else if (seen.has(name)) {
        problems.add({ file, line, column: 'header', message: `column "${name}" appears twice (expected each column once)` });
      } else if (index === -1) {
        problems.add({ file, line, column: 'header', message: `unknown column "${raw.trim()}" (expected one of ${names(type)})` });
      } else {
        position[index] = at;
        parsed.present[index] = true;
      }
      seen.add(name);
    });
    for (const [index, column] of columns.entries()) {
      if (column.required && position[index] === -1) {
        problems.add({
          file,
          line,
          column: 'header',
          message: `required column "${column.name}" is missing (expected columns ${describeColumns(type)})`,
        });
      }
    }
  };

  const onRow = (line: number, cells: string[]) => {
    if (headerBroken) return;
    if (cells.length !== headerLength) {
      problems.add({
        file,
        line,
        message: `row has ${cells.length} values but the header has ${headerLength} columns (expected one value per column; enclose values containing commas in "…")`,
      });
      return;
    }
    for (let index = 0; index < columns.length; index++) {
      const column = columns[index]!;
      const at = position[index]!;
      if (at === -1) {
        values[index]!.push(null);
        continue;
      }
      const text = cells[at]!.trim();
      if (text === '') {
        values[index]!.push(column.required ? null : column.empty);
        if (column.required) {
          problems.add({ file, line, column: column.name, message: `is empty (expected ${column.format}, e.g. ${column.example})` });
        }
        continue;
      }
      const result = column.parse(text);
      if (result.ok) {
        values[index]!.push(result.value);
      } else {
        values[index]!.push(null);
        problems.add({ file, line, column: column.name, message: result.problem });
      }
    }
    parsed.lines.push(line);
  };

  // After the pass rather than row by row: the keys are then cut from the packed columns, so the map
  // does not keep the file's text alive through them. A row with a missing or invalid key has a null there.
  const findDuplicateKeys = () => {
    if (!keyIndexes.every((i) => i !== -1)) return;
    const firstLineOfKey = new Map<string, number>();
    parsed.lines.forEach((line, row) => {
      const parts = keyIndexes.map((i) => values[i]!.get(row));
      if (parts.some((part) => part === null)) return;
      const key = singleKey !== -1 ? parts[0]! : parts.join('\u001e');
      const first = firstLineOfKey.get(key);
      if (first === undefined) {
        firstLineOfKey.set(key, line);
        return;
      }
      problems.add({
        file,
        line,
        column: keyLabel,
        message: `${parts.map((part) => `"${part}"`).join(' / ')} appears again (first on line ${first}) (expected one row per ${type.key.join(' and ')})`,
      });
    });
  };

  try {
    await readCsvRecords(
      path,
      file,
      limits.maxBytes,
      (line, values) => {
        if (sawHeader) return onRow(line, values);
        sawHeader = true;
        onHeader(line, values);
      },
      (problem) => {
        problems.add(problem);
        // A broken header names no columns: the rows cannot be checked against it.
        if (!sawHeader) sawHeader = headerBroken = true;
      },
      regularOnly,
    );
  } catch (error) {
    if (error instanceof ImportFileError) {
      problems.add(error.problem);
      return null;
    }
    throw error;
  }
  if (!sawHeader) {
    problems.add({ file, message: `has no header row (expected a first line naming the columns: ${names(type)})` });
    return null;
  }
  findDuplicateKeys();
  return parsed;
}

function describeColumns(type: ImportType): string {
  const required = type.columns.filter((c) => c.required).map((c) => c.name);
  const optional = type.columns.filter((c) => !c.required).map((c) => c.name);
  return optional.length === 0 ? required.join(', ') : `${required.join(', ')}; optional: ${optional.join(', ')}`;
}

function names(type: ImportType): string {
  return type.columns.map((c) => c.name).join(', ');
}
