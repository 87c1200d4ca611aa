import { Prisma } from "../../generated/prisma/client.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { EvaluationWindow } from "../../domain/health/evaluation-window.js";
import { type AssessmentRow, toAssessmentFacts } from "./assessment-row.js";
import type { AssessmentFacts, ComplaintFact, HealthInputs, IsoDate, MonthlyOrderTotal } from "../../domain/health/health-inputs.js";
import type { Database } from "../database.js";
import { complaintEvidenceSql } from "./complaint-evidence-sql.js";
import { paymentEvidenceSql } from "./payment-evidence-sql.js";
import { type CustomerProfileRow, customerProfileSelect, toCustomerProfile } from "./customer-profile-row.js";

export interface CustomerFilter {
  valueSegment?: CustomerProfile["valueSegment"];
  tier?: CustomerProfile["tier"];
  /** The owner's roster id. */
  ownerPersonId?: number;
}

export interface CustomerInputs {
  customer: CustomerProfile;
  inputs: HealthInputs;
}

/**
 * The rubric's inputs for every customer (matching `filter`) at once: seven grouped queries, each one pass
 * over its table's window (the payment and complaint evidence read exactly as the single-customer query reads it), run side by side — what the monthly table and `steward score --all` need.
 */
export async function loadAllHealthInputs(
  db: Database,
  asOf: IsoDate,
  window: EvaluationWindow,
  timeZone: string,
  filter: CustomerFilter = {},
): Promise<CustomerInputs[]> {
  const prisma = db.prisma;
  const conditions = [
    filter.valueSegment ? Prisma.sql`c.value_segment = ${filter.valueSegment}::"ValueSegment"` : null,
    filter.tier ? Prisma.sql`c.tier = ${filter.tier}::"Tier"` : null,
    filter.ownerPersonId !== undefined ? Prisma.sql`c.owner_id = ${filter.ownerPersonId}` : null,
  ].filter((condition): condition is Prisma.Sql => condition !== null);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const filtered = conditions.length > 0;
  // Without a filter every customer is wanted: skip the semi-join altogether.
  const only = (column: Prisma.Sql) =>
    filtered
      ? Prisma.sql`AND ${column} IN (SELECT c.id FROM customers c LEFT JOIN people p ON p.id = c.owner_id ${where})`
      : Prisma.empty;
  const asOfDate = Prisma.sql`${asOf}::date`;
  const paymentSql = paymentEvidenceSql(asOf);
  const complaintSql = complaintEvidenceSql(window, timeZone);
  const localDate = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;

  const [customers, orders, payments, interactions, complaints, surveys, assessments] = await Promise.all([
    prisma.$queryRaw<CustomerProfileRow[]>`${customerProfileSelect} ${where}`,
    prisma.$queryRaw<Array<{ customer_id: number; month: string; amount: number }>>`
      SELECT o.customer_id, to_char(date_trunc('month', o.ordered_on), 'YYYY-MM') AS month, sum(o.amount)::float8 AS amount
        FROM orders o
       WHERE o.ordered_on >= ${window.start}::date AND o.ordered_on < ${window.end}::date ${only(Prisma.sql`o.customer_id`)}
       GROUP BY 1, 2`,
    prisma.$queryRaw<Array<{ customer_id: number; due: number; paid_late: number; max_days_paid_late: number; unpaid: number; max_days_overdue: number }>>`
      SELECT p.customer_id, ${paymentSql.aggregate}
        FROM (SELECT pay.customer_id, ${paymentSql.row}
                FROM payments pay
               WHERE pay.due_on >= ${window.start}::date AND pay.due_on < ${window.end}::date ${only(Prisma.sql`pay.customer_id`)}) p
       GROUP BY 1`,
    prisma.$queryRaw<Array<{ customer_id: number; count: number; proactive_on: string | null }>>`
      SELECT i.customer_id, count(*)::int AS count,
             ${localDate(Prisma.sql`max(i.occurred_at) FILTER (WHERE i.proactive_need)`)} AS proactive_on
        FROM interactions i
       WHERE i.occurred_at >= ${window.startAt} AND i.occurred_at < ${window.endAt} ${only(Prisma.sql`i.customer_id`)}
       GROUP BY 1`,
    prisma.$queryRaw<Array<{ customer_id: number; ref: string | null; class: ComplaintFact["class"]; opened_on: string; resolved_on: string | null; confirmed_on: string | null }>>`
      SELECT c.customer_id, ${complaintSql.columns}
        FROM complaints c
       WHERE ${complaintSql.counted} ${only(Prisma.sql`c.customer_id`)}
       ORDER BY c.opened_at`,
    prisma.$queryRaw<Array<{ customer_id: number; surveyed_on: string; score: number }>>`
      SELECT DISTINCT ON (s.customer_id) s.customer_id, to_char(s.surveyed_on, 'YYYY-MM-DD') AS surveyed_on, s.score::float8 AS score
        FROM surveys s
       WHERE s.surveyed_on >= ${window.surveySince}::date AND s.surveyed_on <= ${asOfDate} ${only(Prisma.sql`s.customer_id`)}
       ORDER BY s.customer_id, s.surveyed_on DESC`,
    prisma.$queryRaw<Array<AssessmentRow & { customer_id: number }>>`
      SELECT a.customer_id, to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on, ap.name AS assessor, a.needs_fit,
             (SELECT coalesce(json_agg(json_build_object('dimension', ov.dimension, 'score', ov.score::float8,
                                                         'reason', ov.reason, 'author', op.name) ORDER BY ov.id), '[]'::json)
                FROM assessment_overrides ov LEFT JOIN people op ON op.id = ov.author_id
               WHERE ov.assessment_id = a.id) AS overrides
        FROM (SELECT DISTINCT ON (customer_id) * FROM assessments
               WHERE assessed_on <= ${asOfDate} ${only(Prisma.sql`customer_id`)}
               ORDER BY customer_id, assessed_on DESC) a
        LEFT JOIN people ap ON ap.id = a.assessor_id`,
  ]);

  const ordersBy = groupBy(orders, (row) => ({ month: row.month, amount: Number(row.amount) }) satisfies MonthlyOrderTotal);
  const paymentsBy = new Map(payments.map((row) => [row.customer_id, row]));
  const interactionsBy = new Map(interactions.map((row) => [row.customer_id, row]));
  const complaintsBy = groupBy(complaints, (row) => ({
    ref: row.ref,
    class: row.class,
    openedOn: row.opened_on,
    resolvedOn: row.resolved_on,
    confirmedOn: row.confirmed_on,
  }));
  const surveysBy = new Map(surveys.map((row) => [row.customer_id, { surveyedOn: row.surveyed_on, score: Number(row.score) }]));
  const assessmentsBy = new Map(assessments.map((row): [number, AssessmentFacts] => [row.customer_id, toAssessmentFacts(row)]));

  return customers.map((row) => {
    const customer = toCustomerProfile(row);
    const pay = paymentsBy.get(row.id);
    const contact = interactionsBy.get(row.id);
    return {
      customer,
      inputs: {
        asOf,
        window,
        customerStartedOn: customer.startedOn,
        monthlyOrders: ordersBy.get(row.id) ?? [],
        payments: pay
          ? { due: pay.due, paidLate: pay.paid_late, maxDaysPaidLate: pay.max_days_paid_late, unpaidOverdue: pay.unpaid, maxDaysOverdue: pay.max_days_overdue }
          : { due: 0, paidLate: 0, maxDaysPaidLate: 0, unpaidOverdue: 0, maxDaysOverdue: 0 },
        survey: surveysBy.get(row.id) ?? null,
        assessment: assessmentsBy.get(row.id) ?? null,
        interactions: { count: contact?.count ?? 0, latestProactiveNeedOn: contact?.proactive_on ?? null },
        complaints: complaintsBy.get(row.id) ?? [],
      },
    };
  });
}



function groupBy<R extends { customer_id: number }, T>(rows: R[], map: (row: R) => T): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.customer_id);
    if (list) list.push(map(row));
    else groups.set(row.customer_id, [map(row)]);
  }
  return groups;
}
