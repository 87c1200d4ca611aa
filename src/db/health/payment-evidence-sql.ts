import { Prisma } from "../../generated/prisma/client.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";

/**
 * How payments become punctuality evidence, shared by the single-customer query and the every-customer
 * one so both read an invoice the same way: paid (late by some days, or not) or unpaid and overdue by
 * the evaluation date — one or the other, never both. `row` reads `payments pay`; `aggregate` sums
 * those rows (aliased `p`) into the columns of a PaymentSummary.
 */
export function paymentEvidenceSql(asOf: IsoDate): { row: Prisma.Sql; aggregate: Prisma.Sql } {
  const asOfDate = Prisma.sql`${asOf}::date`;
  const paid = Prisma.sql`pay.paid_on <= ${asOfDate}`;
  return {
    row: Prisma.sql`CASE WHEN ${paid} THEN greatest(0, pay.paid_on - pay.due_on) END AS days_paid_late,
                    CASE WHEN pay.paid_on IS NULL OR NOT (${paid}) THEN greatest(0, ${asOfDate} - pay.due_on) END AS days_overdue`,
    aggregate: Prisma.sql`count(*)::int AS due,
                          (count(*) FILTER (WHERE p.days_paid_late > 0))::int AS paid_late,
                          coalesce(max(p.days_paid_late), 0)::int AS max_days_paid_late,
                          (count(*) FILTER (WHERE p.days_overdue IS NOT NULL))::int AS unpaid,
                          coalesce(max(p.days_overdue), 0)::int AS max_days_overdue`,
  };
}
