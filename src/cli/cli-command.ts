/** One `steward <command>`, loaded when it runs. */
export interface CliCommand {
  /** The full `--help` text. */
  help: string;
  /** Returns the exit code: 0 ok, 1 bad input, 2 environment problem (thrown errors are mapped by main). */
  run(argv: string[]): Promise<number>;
}

/** A command as `steward --help` lists it; its code is imported only by `load`. */
export interface CliCommandEntry {
  name: string;
  summary: string;
  load(): Promise<CliCommand>;
}
