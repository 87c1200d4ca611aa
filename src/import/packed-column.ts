/** Values of a sealed chunk; a chunk is sealed (joined into one flat string) every CHUNK_VALUES values. */
const CHUNK_VALUES = 4_096;
/** Separates values in a chunk and in the SQL parameter (see encodeTextColumn). */
const SEPARATOR = '\u001e';
/** Stands for NULL in a chunk and in the SQL parameter. */
const NULL_MARK = '\u0015';
/** Stands for the empty string in a chunk (the SQL parameter sends it as NULL, like encodeTextColumn). */
const EMPTY_MARK = '\u0016';

/**
 * One column of an imported file, packed: every CHUNK_VALUES values become one flat string joined with
 * the separator the SQL parameter uses, plus a start offset per value. A value kept as its own string
 * costs 20–40 bytes of V8 overhead beside its characters (and a slot in an array), which made a 50 MB
 * people file take ~1.2 GB to import; packed, the column costs about its text plus 4 bytes a value.
 * Validated values never contain the control characters used as marks (encodeTextColumn relies on it too).
 */
export class PackedColumn {
  private readonly chunks: string[] = [];
  /** Per sealed chunk: where each value starts in it, and one more entry for the end. */
  private readonly starts: Uint32Array[] = [];
  private pending: string[] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: string | null): void {
    this.pending.push(value === null ? NULL_MARK : value === '' ? EMPTY_MARK : value);
    this.count += 1;
    if (this.pending.length === CHUNK_VALUES) this.seal();
  }

  get(row: number): string | null {
    const chunk = Math.floor(row / CHUNK_VALUES);
    const at = row % CHUNK_VALUES;
    const raw = chunk < this.chunks.length ? this.chunks[chunk]!.slice(this.starts[chunk]![at]!, this.starts[chunk]![at + 1]! - 1) : this.pending[at]!;
    return raw === NULL_MARK ? null : raw === EMPTY_MARK ? '' : raw;
  }

  *[Symbol.iterator](): IterableIterator<string | null> {
    for (let row = 0; row < this.count; row++) yield this.get(row);
  }

  /** The values as an array, for types small enough to be handled row by row (assessments). */
  toArray(): (string | null)[] {
    return [...this];
  }

  /** Characters rows [start, end) take in the SQL parameter, to size a statement's batch. */
  charsIn(start: number, end: number): number {
    let chars = 0;
    for (let row = start; row < end; ) {
      const chunk = Math.floor(row / CHUNK_VALUES);
      const from = row % CHUNK_VALUES;
      const to = Math.min(CHUNK_VALUES, end - chunk * CHUNK_VALUES);
      if (chunk < this.chunks.length) chars += this.starts[chunk]![to]! - this.starts[chunk]![from]!;
      else for (let at = from; at < to; at++) chars += this.pending[at]!.length + 1;
      row = chunk * CHUNK_VALUES + to;
    }
    return chars;
  }

  /** Rows [start, end) as encodeTextColumn packs them: pieces of the sealed chunks, copied once. */
  encode(start: number, end: number): string {
    const pieces: string[] = [];
    for (let row = start; row < end; ) {
      const chunk = Math.floor(row / CHUNK_VALUES);
      const from = row % CHUNK_VALUES;
      const to = Math.min(CHUNK_VALUES, end - chunk * CHUNK_VALUES);
      if (chunk < this.chunks.length) pieces.push(this.chunks[chunk]!.slice(this.starts[chunk]![from]!, this.starts[chunk]![to]! - 1));
      else pieces.push(this.pending.slice(from, to).join(SEPARATOR));
      row = chunk * CHUNK_VALUES + to;
    }
    return pieces.join(SEPARATOR).replaceAll(EMPTY_MARK, NULL_MARK);
  }

  private seal(): void {
    const starts = new Uint32Array(this.pending.length + 1);
    let offset = 0;
    this.pending.forEach((value, at) => {
      starts[at] = offset;
      offset += value.length + 1;
    });
    starts[this.pending.length] = offset;
    // join() yields one flat string: the values' own strings (and the file text they were cut from) can go.
    this.chunks.push(this.pending.join(SEPARATOR) + SEPARATOR);
    this.starts.push(starts);
    this.pending = [];
  }
}
