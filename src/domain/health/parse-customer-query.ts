import type { Inline } from "../messages/message.js";

export type ParsedCustomerQuery = { ok: true; query: string } | { ok: false; message: Inline };

/** A customer key, name or alias as typed; longer than any real name means it is not one. */
export const MAX_CUSTOMER_QUERY = 100;

/** `usage` and `example` come from the command asking, e.g. `/customer score <customer>` and `/customer score ACME`. */
export function parseCustomerQuery(text: string, usage: string, example: string): ParsedCustomerQuery {
  const query = text.trim().replace(/\s+/g, " ");
  const code = (text: string): Inline => ({ kind: "code", text });
  if (!query) return { ok: false, message: ["Which customer? Usage: ", code(usage), ", e.g. ", code(example)] };
  if (query.length > MAX_CUSTOMER_QUERY) {
    return {
      ok: false,
      message: [`That customer is ${query.length.toLocaleString("en")} characters long; a customer key, name or alias has at most ${MAX_CUSTOMER_QUERY}, e.g. `, code("ACME"), "."],
    };
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(query)) {
    return { ok: false, message: ["The customer contains a control character; type its key, name or alias, e.g. ", code("ACME"), "."] };
  }
  return { ok: true, query };
}
