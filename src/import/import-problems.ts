/** One thing wrong with an import, located as precisely as known. */
export interface ImportProblem {
  file: string;
  line?: number;
  column?: string;
  /** What is wrong, ending with "(expected …)" where a right form exists. */
  message: string;
}

/**
 * Collects problems, keeping the first `cap` (enough to fix a file in one go) and counting
 * the rest, so a million bad rows cost no memory.
 */
export class ImportProblems {
  readonly kept: ImportProblem[] = [];
  total = 0;

  constructor(private readonly cap: number) {}

  add(problem: ImportProblem): void {
    this.total += 1;
    if (this.kept.length < this.cap) this.kept.push(problem);
  }

  get full(): boolean {
    return this.kept.length >= this.cap;
  }

  /** `file:line: column: message` lines, in file and line order, then "…and N more". */
  format(): string[] {
    const fileOrder = new Map<string, number>();
    for (const p of this.kept) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
    const sorted = [...this.kept].sort(
      (a, b) => fileOrder.get(a.file)! - fileOrder.get(b.file)! || (a.line ?? 0) - (b.line ?? 0),
    );
    const lines = sorted.map((p) => {
      const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
      return p.column === undefined ? `${where}: ${p.message}` : `${where}: ${p.column}: ${p.message}`;
    });
    if (this.total > this.kept.length) lines.push(`…and ${this.total - this.kept.length} more`);
    return lines;
  }
}
