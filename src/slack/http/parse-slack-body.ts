import { parse as parseQueryString } from "node:querystring";
import type { z } from "zod";
import { slackPayloadSchemas as schemas } from "./slack-payload-schemas.js";

export type SlackBodyKind = "command" | "interaction" | "event" | "ssl_check" | "url_verification";

export type ParsedSlackBody =
  | { ok: true; kind: SlackBodyKind; body: Record<string, unknown> }
  | { ok: false; problem: string };

/** Deeper than any view or message Slack sends; deeper input is refused before anything walks it. */
const MAX_DEPTH = 64;

/**
 * Parses a signed body the way Bolt will (form fields, a form `payload` of JSON, or JSON) and checks
 * it has the shape of something Steward handles, so a body that is signed but broken — `null`, an
 * array, a missing `type`, a field of the wrong type, absurd nesting — is refused with the reason
 * instead of reaching code that assumes Slack's shapes.
 */
export function parseSlackBody(raw: Buffer, contentType: string | undefined): ParsedSlackBody {
  const text = raw.toString("utf8");
  // Bolt reads a form only under exactly this content type, and anything else as JSON: so do we.
  if (contentType === "application/x-www-form-urlencoded") {
    const fields = parseQueryString(text);
    if ("payload" in fields) {
      if (typeof fields.payload !== "string") return { ok: false, problem: "payload: must be given once" };
      const payload = parseJson(fields.payload, "payload");
      if (!payload.ok) return payload;
      return check("interaction", schemas.interaction, payload.value, "payload");
    }
    if ("ssl_check" in fields) return check("ssl_check", schemas.sslCheck, fields, "form");
    return check("command", schemas.command, fields, "form");
  }
  const json = parseJson(text, "body");
  if (!json.ok) return json;
  const checked = check("event", schemas.events, json.value, "body");
  if (checked.ok && checked.body.type === "url_verification") return { ...checked, kind: "url_verification" };
  return checked;
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `${what}: not JSON (${(error as Error).message})` };
  }
  if (depthOf(value) > MAX_DEPTH) return { ok: false, problem: `${what}: nested more than ${MAX_DEPTH} levels deep` };
  return { ok: true, value };
}

function check(kind: SlackBodyKind, schema: z.ZodType, value: unknown, what: string): ParsedSlackBody {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { ok: false, problem: `${what}: must be an object, e.g. {"type":"block_actions",…} (got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value})` };
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = [what, ...issue.path.map(String)].join(".");
    return { ok: false, problem: `${path}: ${issue.message}` };
  }
  return { ok: true, kind, body: parsed.data as Record<string, unknown> };
}

/** Nesting depth, walked with an explicit stack so hostile nesting cannot overflow the call stack. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
}
