import { z } from "zod";

const pageState = z.union([
  z.object({
    k: z.literal("list"),
    p: z.number().int().min(0),
    f: z.object({
      grade: z.string().max(40).optional(),
      tier: z.enum(["strategic", "normal", "new"]).optional(),
      ownerSlackUserId: z.string().regex(/^[UW][A-Z0-9]+$/).optional(),
    }),
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
