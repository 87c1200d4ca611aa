/** Longer than any customer name plus options a person would type. */
export const MAX_COMMAND_TEXT = 500;

/**
 * Refuses text no subcommand could mean: far too long, or holding control characters
 * (often a paste of binary or terminal output). Returns the problem, or null when the text is fine.
 */
export function checkCommandText(command: string, text: string): string | null {
  if (text.length > MAX_COMMAND_TEXT) {
    return `That is ${text.length.toLocaleString("en")} characters; \`${command}\` takes at most ${MAX_COMMAND_TEXT} — a subcommand and a customer, e.g. \`${command} help\`.`;
  }
  // Tabs and line breaks are harmless; other C0/C1 controls and DEL are not typed by people.
  const control = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    return `The text contains a control character (U+${code}) at position ${(control.index ?? 0) + 1}; type plain text, e.g. \`${command} help\`.`;
  }
  return null;
}
