/**
 * Something outside the user's input is wrong (database unreachable, store locked, bad
 * configuration). The CLI prints `message` and exits 2 — never a stack trace.
 */
export class EnvironmentError extends Error {
  override readonly name = "EnvironmentError";
}
