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
 *
 * With `onSyntaxError`, a broken record is reported and parsing goes on at the next line, so one
 * pass finds every problem of a file; without it, the first syntax error is thrown.
 */
export class CsvRecordParser {
  private carry = '';
  private line = 1;
  /** After a syntax error: drop the rest of the current line before parsing on. */
  private skippingLine = false;

  constructor(
    private readonly onRecord: (line: number, values: string[]) => void,
    /** A record longer than this is refused: it is almost always an unclosed quote. */
    private readonly maxRecordLength = 1024 * 1024,
    private readonly onSyntaxError?: (error: CsvSyntaxError) => void,
  ) {}

  push(chunk: string): void {
    this.carry = this.parse(this.carry + chunk, false);
  }

  /** Reports (or throws) a syntax error; from then on the rest of its line, from `from`, is skipped. */
  private report(error: CsvSyntaxError, line: number): void {
    if (!this.onSyntaxError) throw error;
    this.onSyntaxError(error);
    this.line = line;
    this.skippingLine = true;
  }

  /**
   * While skipping: the index just past the next line break at or after `from`, or -1 when it is not in
   * `text` yet (a CR at the very end may still be the first half of a CRLF).
   */
  private skipLine(text: string, from: number, final: boolean): number {
    const lf = text.indexOf('\n', from);
    const cr = text.indexOf('\r', from);
    const at = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
    if (at === -1) return final ? text.length : -1;
    if (text.charCodeAt(at) === CR && at + 1 === text.length && !final) return -1;
    this.skippingLine = false;
    this.line += 1;
    return at + (text.charCodeAt(at) === CR && text.charCodeAt(at + 1) === LF ? 2 : 1);
  }

  end(): void {
    this.parse(this.carry, true);
    this.carry = '';
  }

  /** Parses every complete record of `text`; returns the incomplete tail (always '' at the end of input). */
  private parse(text: string, final: boolean): string {
    const length = text.length;
    let i = this.skippingLine ? this.skipLine(text, 0, final) : 0;
    if (i === -1) return text;
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
            if (!final) return this.incomplete(text, start, startLine);
            this.report(new CsvSyntaxError('a quoted value is never closed (a " opens it but no matching " ends it)', startLine), startLine);
            i = this.skipLine(text, start, final);
            break;
          }
          for (let k = value.indexOf('\n'); k !== -1; k = value.indexOf('\n', k + 1)) line++;
          if (!value.includes('\n')) for (let k = value.indexOf('\r'); k !== -1; k = value.indexOf('\r', k + 1)) line++;
          values.push(value);
          i = closed + 1;
          const next = text.charCodeAt(i);
          if (i < length && next !== COMMA && next !== LF && next !== CR) {
            this.report(new CsvSyntaxError('unexpected text after a closing quote (a " inside a quoted value must be doubled: "")', startLine), line);
            const from = i;
            i = this.skipLine(text, from, final);
            if (i === -1) return text.slice(from);
            break;
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
      // A broken record was reported: `i` is where parsing resumes.
      if (!complete) continue;
      if (complete) {
        if (i - start > this.maxRecordLength) {
          this.report(new CsvSyntaxError(`a record is longer than ${this.maxRecordLength} characters (probably an unclosed quote)`, startLine), line);
          this.skippingLine = false;
          continue;
        }
        this.line = line;
        if (!(values.length === 1 && values[0]!.trim() === '')) this.onRecord(startLine, values);
      }
    }
    return '';
  }

  private incomplete(text: string, start: number, startLine: number): string {
    if (text.length - start > this.maxRecordLength) {
      this.report(new CsvSyntaxError(`a record is longer than ${this.maxRecordLength} characters (probably an unclosed quote)`, startLine), startLine);
      const resume = this.skipLine(text, start, false);
      return resume === -1 ? text.slice(start) : this.parse(text.slice(resume), false);
    }
    this.line = startLine;
    return text.slice(start);
  }
}
