import { z } from "zod";

/** What our customer buttons carry: the customer id, optionally a subcommand and an evaluation date. */
const buttonValue = z.object({
  c: z.number().int().positive(),
  s: z.string().max(20).optional(),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
});

export type CustomerButtonValue = z.infer<typeof buttonValue>;

/** Reads a button value; null when it is not one of ours (a forged or outdated payload). */
export function readCustomerButtonValue(value: string | undefined): CustomerButtonValue | null {
  try {
    const parsed = buttonValue.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
