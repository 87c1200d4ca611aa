import type { z } from "zod";

/** `where.path: message` lines for a zod error, e.g. `PORT: must be a port number, e.g. 3000`. */
export function describeZodIssues(error: z.ZodError, where?: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".");
    const prefix = [where, path].filter(Boolean).join(": ");
    return prefix ? `${prefix}: ${issue.message}` : issue.message;
  });
}
