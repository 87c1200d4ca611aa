import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecordParser, CsvSyntaxError } from '../../src/import/csv-record-parser.js';

function parseAll(chunks: string[]): [number, string[]][] {
  const records: [number, string[]][] = [];
  const parser = new CsvRecordParser((line, values) => records.push([line, values]));
  for (const chunk of chunks) parser.push(chunk);
  parser.end();
  return records;
}

/** Every way of cutting `text` into two chunks must give the same records as one chunk. */
function parseSplitEverywhere(text: string): [number, string[]][] {
  const whole = parseAll([text]);
  for (let cut = 0; cut <= text.length; cut++) expect(parseAll([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
  return whole;
}

describe('CsvRecordParser (RFC 4180)', () => {
  it('reads plain fields with the line each record starts on', () => {
    expect(parseSplitEverywhere('a,b,c\n1,2,3\n')).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '2', '3']],
    ]);
  });

  it('reads quoted fields holding commas, doubled quotes and line breaks, and counts lines through them', () => {
    const text = 'name,title\r\n"Becker, Tom","Plant Manager, ""North"" site"\r\n"multi\r\nline",x\r\nlast,"" \n';
    expect(() => parseAll([text])).toThrow(CsvSyntaxError);
    const ok = 'name,title\r\n"Becker, Tom","Plant Manager, ""North"" site"\r\n"multi\r\nline",x\r\nlast,""\r\n';
    expect(parseSplitEverywhere(ok)).toEqual([
      [1, ['name', 'title']],
      [2, ['Becker, Tom', 'Plant Manager, "North" site']],
      [3, ['multi\r\nline', 'x']],
      [5, ['last', '']],
    ]);
  });

  it('skips blank lines but keeps counting them, and accepts a missing final line break and CR-only files', () => {
    expect(parseSplitEverywhere('a,b\n\n\n1,2')).toEqual([
      [1, ['a', 'b']],
      [4, ['1', '2']],
    ]);
    expect(parseSplitEverywhere('a,b\r1,\r')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '']],
    ]);
  });

  it('reports an unclosed quote at the line its record starts on', () => {
    try {
      parseAll(['a,b\n1,2\n"open,3\n4,5\n']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CsvSyntaxError);
      expect((error as CsvSyntaxError).line).toBe(3);
      expect((error as CsvSyntaxError).message).toMatch(/never closed/);
    }
  });

  it('refuses text after a closing quote', () => {
    expect(() => parseAll(['a,b\n"x"y,1\n'])).toThrow(/after a closing quote/);
  });

  it('agrees with csv-parse on 300 generated files', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    // csv-parse takes the first line break it sees as the only record separator, so each file uses one kind.
    let alphabet: string[] = [];
    const field = () => {
      let value = '';
      const length = Math.floor(random() * 6);
      for (let i = 0; i < length; i++) value += alphabet[Math.floor(random() * alphabet.length)];
      const needsQuotes = /[",\r\n]/.test(value) || random() < 0.2;
      return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
    };
    for (let file = 0; file < 300; file++) {
      const lineBreak = random() < 0.5 ? '\n' : '\r\n';
      alphabet = ['a', 'b', ' ', ',', '"', lineBreak, 'é', '中', ''];
      const columns = 1 + Math.floor(random() * 4);
      const rows = Array.from({ length: 1 + Math.floor(random() * 6) }, () =>
        Array.from({ length: columns }, field).join(','),
      );
      const text = rows.join(lineBreak) + (random() < 0.5 ? lineBreak : '');
      const reference = (parse(text, { relax_column_count: true, skip_empty_lines: true }) as string[][]).filter(
        (r) => !(r.length === 1 && r[0]!.trim() === ''),
      );
      const cut = Math.floor(random() * text.length);
      const ours = parseAll([text.slice(0, cut), text.slice(cut)]).map(([, values]) => values);
      expect(ours, JSON.stringify(text)).toEqual(reference);
    }
  });
});
