import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signs what Steward puts into a form (Slack's modal `private_metadata`, a Teams dialog's submit data)
 * and checks it when the form comes back: a submission is a request like any other, and forged state
 * (another message's channel, a made-up permalink, another case) must not be trusted. The key derives
 * from a secret every replica shares, so a form opened on one replica can be submitted to another;
 * `purpose` keeps one platform's seals from opening on the other.
 */
export interface FormSeal {
  seal(value: unknown): string;
  /** The sealed value, or null when the text was not sealed by this key (forged, truncated, from another app). */
  open(text: string): unknown;
}

export function createFormSeal(secret: string, purpose: string): FormSeal {
  const key = createHmac("sha256", secret).update(purpose).digest();
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
