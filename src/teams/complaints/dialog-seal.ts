import { createHmac, timingSafeEqual } from "node:crypto";

/** Seals a dialog's state into its submit data, and opens it only as Steward sealed it. */
export interface DialogSeal {
  seal(value: unknown): string;
  /** The sealed value, or null when this key did not seal the text (forged, truncated, another app's). */
  open(text: string): unknown;
}

/**
 * The Teams counterpart of Slack's view seal: a dialog's submission is a request like any other, so
 * what Steward put into the dialog (the message a complaint is logged from, the case a form acts on)
 * comes back HMAC-signed. The key derives from the app registration's secret every replica shares.
 */
export function createDialogSeal(secret: string): DialogSeal {
  const key = createHmac("sha256", secret).update("steward/teams-dialog/v1").digest();
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
