import { z } from "zod";

const pageState = z.union([
  z.object({
    k: z.literal("list"),
    p: z.number().int().min(0),
    // Strict: a button posted before owners were roster ids carries a key this does not know, and
    // dropping it would page through every owner's customers; such a page is answered as out of date.
    f: z
      .object({
        grade: z.string().max(40).optional(),
        tier: z.enum(["strategic", "normal", "new"]).optional(),
        ownerPersonId: z.number().int().positive().optional(),
      })
      .strict(),
  }),
  z.object({ k: z.literal("health"), p: z.number().int().min(0) }),
]);

export type TablePageState = z.infer<typeof pageState>;

/** What a table's previous/next button carries (which table, which page, its filters); null when it is not one of ours. */
export function readTablePageState(value: string | undefined): TablePageState | null {
  try {
    const parsed = pageState.safeParse(JSON.parse(value ?? ""));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
