/** A CSV syntax error at a line (the line the broken record starts on). */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * RFC 4180 CSV, fed text chunk by chunk: fields separated by commas, records by CRLF, LF or CR;
 * a field in double quotes may hold commas, line breaks and doubled quotes (""). Blank lines
 * are skipped. Each record is reported with the line it starts on (1-based).
 *
 * Hand-written rather than csv-parse because a bulk import spends most of its parsing time here
 * and this is several times faster (test/import/csv-record-parser.test.ts checks both agree).
 */
export class CsvRecordParser {
  private carry = '';
  private line = 1;

  constructor(
    private readonly onRecord: (line: number, values: string[]) => void,
    /** A record longer than this is refused: it is almost always an unclosed quote. */
    private readonly maxRecordLength = 1024 * 1024,
  ) {}

  push(chunk: string): void {
    this.carry = this.parse(this.carry + chunk, false);
  }

  end(): void {
    this.parse(this.carry, true);
    this.carry = '';
  }

  /** Parses every complete record of `text`; returns the incomplete tail (always '' at the end of input). */
  private parse(text: string, final: boolean): string {
    const length = text.length;
    let i = 0;
    while (i < length) {
      const start = i;
      const startLine = this.line;
      let line = this.line;
      const values: string[] = [];
      let complete = false;
      // One field per iteration; `i` is at the field's first character.
      for (;;) {
        if (text.charCodeAt(i) === QUOTE) {
          let value = '';
          let from = i + 1;
          let closed = -1;
          for (;;) {
            const q = text.indexOf('"', from);
            if (q === -1) break;
            if (q + 1 === length && !final) break; // cannot tell "" from a closing quote yet
            if (text.charCodeAt(q + 1) === QUOTE) {
              value += text.slice(from, q + 1);
              from = q + 2;
              continue;
            }
            value += text.slice(from, q);
            closed = q;
            break;
          }
          if (closed === -1) {
            if (final) throw new CsvSyntaxError('a quoted value is never closed (a " opens it but no matching " ends it)', startLine);
            return this.incomplete(text, start, startLine);
          }
          for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) line++;
          if (!value.includes('\n')) for (let k = value.indexOf('\r'); k !== -1; k = value.indexOf('\r', k + 1)) line++;
          values.push(value);
          i = closed + 1;
          const next = text.charCodeAt(i);
          if (i < length && next !== COMMA && next !== LF && next !== CR) {
            throw new CsvSyntaxError('unexpected text after a closing quote (a " inside a quoted value must be doubled: "")', startLine);
          }
        } else {
          let j = i;
          while (j < length) {
            const ch = text.charCodeAt(j);
            if (ch === COMMA || ch === LF || ch === CR) break;
            j++;
          }
          values.push(text.slice(i, j));
          i = j;
        }
        // `i` is at a separator, a line break, or the end of the text.
        if (i >= length) {
          if (!final) return this.incomplete(text, start, startLine);
          complete = true;
          break;
        }
        const ch = text.charCodeAt(i);
        if (ch === COMMA) {
          i++;
          if (i >= length && !final) return this.incomplete(text, start, startLine);
          if (i >= length) {
            values.push('');
            complete = true;
            break;
          }
          continue;
        }
        if (ch === CR) {
          if (i + 1 >= length && !final) return this.incomplete(text, start, startLine);
          i += text.charCodeAt(i + 1) === LF ? 2 : 1;
        } else {
          i++;
        }
        line++;
        complete = true;
        break;
      }
      if (complete) {
        if (i - start > this.maxRecordLength) {
          throw new CsvSyntaxError(`a record is longer than ${this.maxRecordLength} characters (probably an unclosed quote)`, startLine);
        }
        this.line = line;
        if (!(values.length === 1 && values[0]!.trim() === '')) this.onRecord(startLine, values);
      }
    }
    return '';
  }

  private incomplete(text: string, start: number, startLine: number): string {
    if (text.length - start > this.maxRecordLength) {
      throw new CsvSyntaxError(`a record is longer than ${this.maxRecordLength} characters (probably an unclosed quote)`, startLine);
    }
    this.line = startLine;
    return text.slice(start);
  }
}
