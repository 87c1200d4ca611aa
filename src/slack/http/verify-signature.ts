import { createHmac, timingSafeEqual } from "node:crypto";

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function verifySignature(signingSecret: string, timestamp: number, signature: string, body: Buffer): boolean {
  const expected = createHmac("sha256", signingSecret).update(`v0:${timestamp}:`).update(body).digest();
  const given = Buffer.from(signature.slice(3), "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}
