/**
 * Text as it may be stored and shown: C0/C1 control characters other than tab and line break, DEL and
 * NUL dropped (PostgreSQL refuses NUL in text; nobody types the others), CR LF made LF, and a lone UTF-16
 * surrogate (half of an emoji cut in two) replaced by U+FFFD. Everything else is kept as typed.
 */
export function cleanText(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}
