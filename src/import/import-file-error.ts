import type { ImportProblem } from './import-problems.js';

/** A file that cannot be read as CSV at all (missing, empty, binary, too large, broken quoting). */
export class ImportFileError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
    this.name = 'ImportFileError';
  }
}
