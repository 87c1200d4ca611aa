import { isUtf8 } from 'node:buffer';
import { constants, createReadStream, openSync } from 'node:fs';
import { lstat, stat } from 'node:fs/promises';
import { CsvRecordParser, type CsvSyntaxError } from './csv-record-parser.js';
import type { ImportProblem } from './import-problems.js';
import { ImportFileError } from './import-file-error.js';

const MB = 1024 * 1024;

/**
 * Streams a CSV file's records to `onRecord` with the line each starts on (the header is
 * line 1). Refuses, without reading them, files that are missing, empty or over `maxBytes`;
 * refuses binary (NUL bytes) and non-UTF-8 content as soon as it is seen. A UTF-8 BOM is
 * skipped. A CSV syntax error is reported to `onSyntaxProblem` and reading goes on at the next line,
 * so every problem of the file is found in one pass. The bytes are checked with isUtf8 and decoded by
 * Buffer rather than TextDecoder: V8 then keeps Latin-1 text at one byte a character (TextDecoder's
 * strings take two), which halves what an import holds in memory.
 */
export async function readCsvRecords(
  path: string,
  file: string,
  maxBytes: number,
  onRecord: (line: number, values: string[]) => void,
  onSyntaxProblem: (problem: ImportProblem) => void,
  /** Refuse a symbolic link, also one swapped in after the folder was listed (a folder's files). */
  regularOnly = false,
): Promise<void> {
  const fail = (message: string, line?: number): never => {
    throw new ImportFileError({ file, line, message });
  };
  const info = await (regularOnly ? lstat : stat)(path).catch((error: NodeJS.ErrnoException) =>
    fail(error.code === 'ENOENT' ? 'no such file (expected the path of a .csv file)' : `cannot be read: ${error.message}`),
  );
  if (info.isSymbolicLink()) fail('is a symbolic link: a folder import reads only regular files inside the folder (expected a plain .csv file)');
  if (!info.isFile()) fail('is not a file (expected the path of a .csv file)');
  if (info.size === 0) fail('the file is empty (expected a header row such as key,name,tier, then one row per record)');
  if (info.size > maxBytes) {
    fail(
      `the file is ${(info.size / MB).toFixed(1)} MB, over the ${(maxBytes / MB).toFixed(0)} MB import limit ` +
        `(expected a smaller file: split it, or raise the limit with --max-size <MB>)`,
    );
  }

  const parser = new CsvRecordParser(onRecord, undefined, (error) => onSyntaxProblem({ file, line: error.line, message: syntaxMessage(error) }));
  let offset = 0;
  // The bytes of a character cut by the chunk boundary, put before the next chunk.
  let carry = Buffer.alloc(0);
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: MB, ...(regularOnly ? { fd: openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW) } : {}) }) as AsyncIterable<Buffer>) {
      const nul = chunk.indexOf(0);
      if (nul !== -1) fail(`contains a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text (expected a UTF-8 CSV file)`);
      let bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      if (offset === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
      const whole = completeCharacters(bytes);
      if (!isUtf8(bytes.subarray(0, whole))) {
        fail(`is not UTF-8 text (invalid byte sequence after byte ${offset}) (expected a UTF-8 CSV file; in a spreadsheet choose "CSV UTF-8")`);
      }
      carry = Buffer.from(bytes.subarray(whole));
      offset += chunk.length;
      parser.push(bytes.toString('utf8', 0, whole));
    }
    if (carry.length) fail('is not UTF-8 text: it ends in the middle of a character (expected a UTF-8 CSV file)');
    parser.end();
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') fail('is a symbolic link: a folder import reads only regular files inside the folder (expected a plain .csv file)');
    fail(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function syntaxMessage(error: CsvSyntaxError): string {
  return `CSV syntax: ${error.message} (expected RFC 4180: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")`;
}

/** How many of `bytes` end on a character boundary (a multi-byte character may be cut at the end). */
function completeCharacters(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needs > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}
