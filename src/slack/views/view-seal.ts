import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signs what Steward puts into a modal's `private_metadata` and checks it when the modal comes back:
 * the submission is a request like any other, and a forged metadata (another message's channel, a
 * made-up permalink) must not be trusted. The key is derived from a Slack secret every replica shares,
 * so a modal opened on one replica can be submitted to another.
 */
export interface ViewSeal {
  seal(value: unknown): string;
  /** The sealed value, or null when the text was not sealed by this key (forged, truncated, from another app). */
  open(text: string): unknown;
}

export function createViewSeal(secret: string): ViewSeal {
  const key = createHmac("sha256", secret).update("steward/private_metadata/v1").digest();
  const mac = (json: string) => createHmac("sha256", key).update(json).digest("base64url");
  return {
    seal: (value) => {
      const json = JSON.stringify(value);
      return `${json}.${mac(json)}`;
    },
    open: (text) => {
      const cut = text.lastIndexOf(".");
      if (cut < 0) return null;
      const json = text.slice(0, cut);
      const given = Buffer.from(text.slice(cut + 1));
      const expected = Buffer.from(mac(json));
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        return JSON.parse(json) as unknown;
      } catch {
        return null;
      }
    },
  };
}
