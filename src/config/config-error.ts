import { EnvironmentError } from "./environment-error.js";

/** Invalid configuration: each problem names the setting, what is wrong and an example. Exit code 2. */
export class ConfigError extends EnvironmentError {
  constructor(readonly problems: string[]) {
    super(`Steward's configuration is not valid:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
  }
}
