import { z } from "zod";

const actionValue = z.object({ a: z.number().int().positive() });

/** Reads `{a: <improvement action id>}` from a Record-result button or the result form's state; null when it is not ours. */
export function readActionValue(value: string | undefined): number | null {
  try {
    const parsed = actionValue.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? parsed.data.a : null;
  } catch {
    return null;
  }
}
