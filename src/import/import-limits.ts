import { z } from 'zod';

/** Limits of `steward import`; each a default a team or a flag may change. */
export const importLimitsSchema = z.object({
  /** Files above this are refused before reading a byte (64 MiB holds ~1M order rows). */
  maxBytes: z.number().int().positive().default(64 * 1024 * 1024),
  /** Problems listed before "…and N more". */
  maxProblems: z.number().int().positive().default(50),
  /** Rows per INSERT … SELECT FROM unnest(…) statement. */
  batchRows: z.number().int().positive().default(20_000),
});

export type ImportLimits = z.infer<typeof importLimitsSchema>;
