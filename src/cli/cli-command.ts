export interface CliCommand {
  name: string;
  summary: string;
  /** The full `--help` text. */
  help: string;
  /** Returns the exit code: 0 ok, 1 bad input, 2 environment problem (thrown errors are mapped by main). */
  run(argv: string[]): Promise<number>;
}
