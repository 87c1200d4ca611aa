import type { Inline, Message, Part } from "./message.js";

/** A command's entry in the help and on the Home tab. */
export interface CommandEntry {
  /** e.g. `/customer score <customer> [at YYYY-MM-DD]` */
  usage: string;
  summary: string;
}

/** The help reply of a command: every subcommand with its usage and what it does; `unknown` is a subcommand typed that does not exist. */
export function commandHelpMessage(command: string, subcommands: readonly CommandEntry[], unknown?: string): Message {
  const parts: Part[] = [];
  if (unknown) parts.push({ kind: "text", text: [{ kind: "icon", name: "warning" }, " Unknown subcommand ", { kind: "code", text: unknown }, "."] });
  parts.push({ kind: "heading", text: `${command} — what you can do` });
  const lines: Inline[] = [...subcommands.map((sub): Inline => [{ kind: "code", text: sub.usage }, " — ", sub.summary]), [{ kind: "code", text: `${command} help` }, " — this list"]];
  parts.push({ kind: "text", text: lines.flatMap((line, i) => (i === 0 ? [line] : ["\n", line])) });
  return { text: `${command} help`, parts };
}
