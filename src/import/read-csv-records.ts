import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CsvRecordParser, type CsvSyntaxError } from './csv-record-parser.js';
import type { ImportProblem } from './import-problems.js';
import { ImportFileError } from './import-file-error.js';

const MB = 1024 * 1024;

/**
 * Streams a CSV file's records to `onRecord` with the line each starts on (the header is
 * line 1). Refuses, without reading them, files that are missing, empty or over `maxBytes`;
 * refuses binary (NUL bytes) and non-UTF-8 content as soon as it is seen. A UTF-8 BOM is
 * skipped (TextDecoder drops it). A CSV syntax error is reported to `onSyntaxProblem` and reading goes on
 * at the next line, so every problem of the file is found in one pass.
 */
export async function readCsvRecords(
  path: string,
  file: string,
  maxBytes: number,
  onRecord: (line: number, values: string[]) => void,
  onSyntaxProblem: (problem: ImportProblem) => void,
): Promise<void> {
  const fail = (message: string, line?: number): never => {
    throw new ImportFileError({ file, line, message });
  };
  const info = await stat(path).catch((error: NodeJS.ErrnoException) =>
    fail(error.code === 'ENOENT' ? 'no such file (expected the path of a .csv file)' : `cannot be read: ${error.message}`),
  );
  if (!info.isFile()) fail('is not a file (expected the path of a .csv file)');
  if (info.size === 0) fail('the file is empty (expected a header row such as key,name,tier, then one row per record)');
  if (info.size > maxBytes) {
    fail(
      `the file is ${(info.size / MB).toFixed(1)} MB, over the ${(maxBytes / MB).toFixed(0)} MB import limit ` +
        `(expected a smaller file: split it, or raise the limit with --max-size <MB>)`,
    );
  }

  const parser = new CsvRecordParser(onRecord, undefined, (error) => onSyntaxProblem({ file, line: error.line, message: syntaxMessage(error) }));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let offset = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: MB }) as AsyncIterable<Buffer>) {
      const nul = chunk.indexOf(0);
      if (nul !== -1) fail(`contains a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text (expected a UTF-8 CSV file)`);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        fail(`is not UTF-8 text (invalid byte sequence after byte ${offset}) (expected a UTF-8 CSV file; in a spreadsheet choose "CSV UTF-8")`);
      }
      offset += chunk.length;
      parser.push(text!);
    }
    let rest: string;
    try {
      rest = decoder.decode();
    } catch {
      fail('is not UTF-8 text: it ends in the middle of a character (expected a UTF-8 CSV file)');
    }
    parser.push(rest!);
    parser.end();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    fail(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function syntaxMessage(error: CsvSyntaxError): string {
  return `CSV syntax: ${error.message} (expected RFC 4180: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")`;
}
