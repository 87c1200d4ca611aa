import { Prisma } from "../../generated/prisma/client.js";
import { type AssessmentRow, toAssessmentFacts } from "./assessment-row.js";
import type { ReportAction } from "../../domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { EvaluationWindow } from "../../domain/health/evaluation-window.js";
import type { HealthInputs, IsoDate } from "../../domain/health/health-inputs.js";
import type { Database } from "../database.js";
import type { Tx } from "../with-actor.js";
import { type CustomerProfileRow, customerProfileSelect, toCustomerProfile } from "./customer-profile-row.js";
import { queryReadOnly } from "../query-read-only.js";
import { complaintEvidenceSql } from "./complaint-evidence-sql.js";
import { paymentEvidenceSql } from "./payment-evidence-sql.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

export interface AssessmentPoint {
  assessedOn: IsoDate;
  composite: number | null;
}

export interface HealthEvidence {
  inputs: HealthInputs;
  /** Past assessments on or before the evaluation date, oldest first, for the trend. */
  history: AssessmentPoint[];
  /** Key problems the assessor wrote down with the latest assessment. */
  assessorProblems: string[];
  /** Improvement actions without a result yet, earliest deadline first. */
  openActions: ReportAction[];
}


interface EvidenceRow extends CustomerProfileRow {
  orders: Array<{ month: string; amount: number }>;
  payments: { due: number; paid_late: number; max_days_paid_late: number; unpaid: number; max_days_overdue: number };
  interactions: { count: number; proactive_on: string | null };
  complaints: Array<{ ref: string | null; class: "urgent" | "general" | "suggestion"; opened_on: string; resolved_on: string | null; confirmed_on: string | null }>;
  survey: { surveyed_on: string; score: number } | null;
  assessment: (AssessmentRow & { key_problems: string[] }) | null;
  history: Array<{ assessed_on: string; composite: number | null }>;
  open_actions: Array<{ id: number; problem: string; impact: ReportAction["impact"]; measure: string;
                        owner_ids: PlatformIdentities | null; owner_name: string | null; deadline: string }>;
}

/**
 * A customer and everything the rubric needs about it, aggregated by
 * PostgreSQL in one round trip: orders summed per month, payments and interactions counted — over the
 * (customer, date) indexes — so only a handful of numbers reach Node, however long the history is.
 * Null when no customer has that id.
 */
export async function loadHealthEvidence(
  db: Database | Tx,
  customerId: number,
  asOf: IsoDate,
  window: EvaluationWindow,
  timeZone: string,
  historyPoints: number,
): Promise<{ customer: CustomerProfile; evidence: HealthEvidence } | null> {
  const [row] = await queryReadOnly<EvidenceRow>(db, evidenceQuery(Prisma.sql`c.id = ${customerId}`, asOf, window, timeZone, historyPoints));
  if (!row) return null;
  const customer = toCustomerProfile(row);
  return { customer, evidence: toEvidence(row, customer, asOf, window) };
}

function toEvidence(row: EvidenceRow, customer: CustomerProfile, asOf: IsoDate, window: EvaluationWindow): HealthEvidence {
  const assessment = row.assessment;
  return {
    inputs: {
      asOf,
      window,
      customerStartedOn: customer.startedOn,
      monthlyOrders: row.orders.map((o) => ({ month: o.month, amount: Number(o.amount) })),
      payments: {
        due: row.payments.due,
        paidLate: row.payments.paid_late,
        maxDaysPaidLate: row.payments.max_days_paid_late,
        unpaidOverdue: row.payments.unpaid,
        maxDaysOverdue: row.payments.max_days_overdue,
      },
      survey: row.survey ? { surveyedOn: row.survey.surveyed_on, score: Number(row.survey.score) } : null,
      assessment: assessment && toAssessmentFacts(assessment),
      interactions: { count: row.interactions.count, latestProactiveNeedOn: row.interactions.proactive_on },
      complaints: row.complaints.map((c) => ({
        ref: c.ref,
        class: c.class,
        openedOn: c.opened_on,
        resolvedOn: c.resolved_on,
        confirmedOn: c.confirmed_on,
      })),
    },
    history: row.history.map((h) => ({ assessedOn: h.assessed_on, composite: h.composite === null ? null : Number(h.composite) })),
    assessorProblems: assessment?.key_problems ?? [],
    openActions: row.open_actions.map((a) => ({
      id: a.id,
      problem: a.problem,
      impact: a.impact,
      measure: a.measure,
      owner: a.owner_ids ? { ids: a.owner_ids, name: a.owner_name ?? "" } : null,
      deadline: a.deadline,
    })),
  };
}

function evidenceQuery(
  where: Prisma.Sql,
  asOf: IsoDate,
  window: EvaluationWindow,
  timeZone: string,
  historyPoints: number,
): Prisma.Sql {
  const start = Prisma.sql`${window.start}::date`;
  const end = Prisma.sql`${window.end}::date`;
  const asOfDate = Prisma.sql`${asOf}::date`;
  const localDate = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE ${timeZone}, 'YYYY-MM-DD')`;
  const customerId = Prisma.sql`t.id`;
  const payments = paymentEvidenceSql(asOf);
  const complaints = complaintEvidenceSql(window, timeZone);
  return Prisma.sql`
    SELECT t.*,
      (SELECT coalesce(json_agg(json_build_object('month', m.month, 'amount', m.amount)), '[]'::json)
         FROM (SELECT to_char(o.ordered_on, 'YYYY-MM') AS month, sum(o.amount)::float8 AS amount
                 FROM orders o
                WHERE o.customer_id = ${customerId} AND o.ordered_on >= ${start} AND o.ordered_on < ${end}
                GROUP BY 1) m) AS orders,
      (SELECT row_to_json(a) FROM (SELECT ${payments.aggregate}
         FROM (SELECT ${payments.row}
                 FROM payments pay
                WHERE pay.customer_id = ${customerId} AND pay.due_on >= ${start} AND pay.due_on < ${end}) p) a) AS payments,
      (SELECT json_build_object('count', count(*),
                                'proactive_on', ${localDate(Prisma.sql`max(i.occurred_at) FILTER (WHERE i.proactive_need)`)})
         FROM interactions i
        WHERE i.customer_id = ${customerId} AND i.occurred_at >= ${window.startAt} AND i.occurred_at < ${window.endAt}) AS interactions,
      (SELECT coalesce(json_agg(row_to_json(k) ORDER BY k.opened_at), '[]'::json)
         FROM (SELECT ${complaints.columns}, c.opened_at
                 FROM complaints c
                WHERE c.customer_id = ${customerId} AND ${complaints.counted}) k) AS complaints,
      (SELECT json_build_object('surveyed_on', to_char(s.surveyed_on, 'YYYY-MM-DD'), 'score', s.score::float8)
         FROM surveys s
        WHERE s.customer_id = ${customerId} AND s.surveyed_on >= ${window.surveySince}::date AND s.surveyed_on <= ${asOfDate}
        ORDER BY s.surveyed_on DESC LIMIT 1) AS survey,
      (SELECT json_build_object(
                'assessed_on', to_char(a.assessed_on, 'YYYY-MM-DD'), 'assessor', ap.name, 'needs_fit', a.needs_fit,
                'key_problems', a.key_problems,
                'overrides', (SELECT coalesce(json_agg(json_build_object('dimension', ov.dimension, 'score', ov.score::float8,
                                                                         'reason', ov.reason, 'author', op.name)
                                                       ORDER BY ov.id), '[]'::json)
                                FROM assessment_overrides ov LEFT JOIN people op ON op.id = ov.author_id
                               WHERE ov.assessment_id = a.id))
         FROM assessments a LEFT JOIN people ap ON ap.id = a.assessor_id
        WHERE a.customer_id = ${customerId} AND a.assessed_on <= ${asOfDate}
        ORDER BY a.assessed_on DESC LIMIT 1) AS assessment,
      (SELECT coalesce(json_agg(json_build_object('assessed_on', h.assessed_on, 'composite', h.composite) ORDER BY h.assessed_on), '[]'::json)
         FROM (SELECT to_char(a.assessed_on, 'YYYY-MM-DD') AS assessed_on, a.composite::float8 AS composite
                 FROM assessments a
                WHERE a.customer_id = ${customerId} AND a.assessed_on <= ${asOfDate}
                ORDER BY a.assessed_on DESC LIMIT ${historyPoints}) h) AS history,
      (SELECT coalesce(json_agg(json_build_object('id', ia.id, 'problem', ia.problem, 'impact', ia.impact, 'measure', ia.measure,
                                                  'owner_ids', CASE WHEN ip.id IS NOT NULL THEN ${Prisma.raw(personIdentitiesSql("ip.id"))} END, 'owner_name', ip.name,
                                                  'deadline', to_char(ia.deadline, 'YYYY-MM-DD'))
                                ORDER BY ia.deadline, ia.id), '[]'::json)
         FROM improvement_actions ia LEFT JOIN people ip ON ip.id = ia.owner_id
        WHERE ia.customer_id = ${customerId} AND ia.completed_at IS NULL) AS open_actions
    FROM (${customerProfileSelect} WHERE ${where}) t`;
}
