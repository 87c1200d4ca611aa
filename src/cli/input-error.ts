/** The user's input is wrong (a bad argument, a bad file). The CLI prints `message` and exits 1. */
export class InputError extends Error {
  override readonly name = "InputError";
}
