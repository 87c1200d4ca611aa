import { Prisma } from "../../generated/prisma/client.js";
import type { EvaluationWindow } from "../../domain/health/evaluation-window.js";

/**
 * Which complaints the risk dimension sees and how their state at the evaluation date is read, shared
 * by the single-customer query and the every-customer one so both agree. Counted: every complaint
 * opened from the window's start up to the end of the evaluation date, and any older one still not
 * closed then — an open case is today's risk whatever month it came in. The state comes from the
 * timestamps (the importer and the case's transitions keep them consistent with `status`), so a past
 * date sees the case as it stood then. Reads `complaints c`.
 */
export function complaintEvidenceSql(window: EvaluationWindow, timeZone: string): { columns: Prisma.Sql; counted: Prisma.Sql } {
  const localDate = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  const by = window.asOfEndAt;
  return {
    columns: Prisma.sql`c.ref, c.class::text AS class, ${localDate(Prisma.sql`c.opened_at`)} AS opened_on,
      CASE WHEN coalesce(c.resolved_at, c.closed_at) < ${by} THEN ${localDate(Prisma.sql`coalesce(c.resolved_at, c.closed_at)`)} END AS resolved_on,
      CASE WHEN c.closed_at < ${by} THEN ${localDate(Prisma.sql`c.closed_at`)} END AS confirmed_on`,
    counted: Prisma.sql`c.opened_at < ${by} AND (c.opened_at >= ${window.startAt} OR c.closed_at IS NULL OR c.closed_at >= ${by})`,
  };
}
