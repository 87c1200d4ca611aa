/**
 * A request whose listener failed, as logged: the reference the log line and the user's answer share,
 * and the request's body, so the receiver can answer it in the way that request's kind allows.
 */
export class RequestFailure extends Error {
  constructor(
    readonly ref: string,
    readonly body: Record<string, unknown>,
    cause: unknown,
  ) {
    super(`request ${ref} failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = "RequestFailure";
  }
}
