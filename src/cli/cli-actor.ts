import { userInfo } from "node:os";

/** Changes made from the command line are attributed to the operating-system user. */
export function cliActor(): string {
  let name: string;
  try {
    name = userInfo().username;
  } catch {
    name = process.env.USER ?? "unknown";
  }
  return `cli:${name}`;
}
