import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Transform, pipeline } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ImportFileError } from './import-file-error.js';

const MB = 1024 * 1024;

/**
 * Streams a CSV file's records to `onRecord` with the line each starts on (the header is
 * line 1). Refuses, without reading them, files that are missing, empty or over `maxBytes`;
 * refuses binary (NUL bytes) and non-UTF-8 content as soon as it is seen. A UTF-8 BOM is skipped.
 */
export async function readCsvRecords(
  path: string,
  file: string,
  maxBytes: number,
  onRecord: (line: number, values: string[]) => void,
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

  let offset = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = new Transform({
    decodeStrings: true,
    readableObjectMode: false,
    transform(chunk: Buffer, _encoding, done) {
      const nul = chunk.indexOf(0);
      if (nul !== -1) {
        return done(binary(`contains a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text (expected a UTF-8 CSV file)`));
      }
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        return done(binary(`is not UTF-8 text (invalid byte sequence after byte ${offset}) (expected a UTF-8 CSV file; in a spreadsheet choose "CSV UTF-8")`));
      }
      offset += chunk.length;
      done(null, text);
    },
    flush(done) {
      try {
        done(null, decoder.decode());
      } catch {
        done(binary('is not UTF-8 text: it ends in the middle of a character (expected a UTF-8 CSV file)'));
      }
    },
  });
  const binary = (message: string) => new ImportFileError({ file, message });

  const parser = parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true });
  parser.on('data', ({ record, info: at }: { record: string[]; info: { lines: number } }) => {
    // `lines` is where the record ends; a quoted field may span lines.
    let breaks = 0;
    for (const value of record) for (let i = value.indexOf('\n'); i !== -1; i = value.indexOf('\n', i + 1)) breaks++;
    onRecord(at.lines - breaks, record);
  });

  await new Promise<void>((resolve, reject) => {
    pipeline(createReadStream(path, { highWaterMark: MB }), decode, parser, (error) => {
      if (!error) return resolve();
      if (error instanceof ImportFileError) return reject(error);
      if (error instanceof CsvError) {
        const line = (error as CsvError & { lines?: number }).lines;
        return reject(
          new ImportFileError({
            file,
            line,
            message: `CSV syntax: ${error.message.replace(/ at line \d+/, '')} (expected RFC 4180 quoting: a value with a comma, quote or line break is enclosed in "…", and a quote inside it is doubled "")`,
          }),
        );
      }
      reject(new ImportFileError({ file, message: `cannot be read: ${error.message}` }));
    });
  });
}
