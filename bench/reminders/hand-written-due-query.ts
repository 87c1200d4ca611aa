import type { TeamSettings } from "../../src/config/team-settings.js";

/**
 * The bench's yardstick: one hand-written SQL query selecting the same due items as Steward's rules for
 * the bench roster (follow-ups, birthdays, anniversaries, assessments with their data preparation, report
 * backs) at a given minute — Monday–Friday calendar, no holidays, digest at 09:00 — with the same
 * catch-up window and "latest occurrence of a series" rule. The recipient is the owner's Slack id, a row of
 * person_identities (the app reads it there too). Parameters: $1 the moment, $2 the team zone.
 */
export function handWrittenDueQuery(settings: TeamSettings): { sql: string; params: (now: Date) => unknown[] } {
  const r = settings.reminders;
  const f = r.followUp;
  const a = r.assessments;
  // Working-day arithmetic for a Monday–Friday week: the next working day, the one before, and 3 working days back.
  const next = (d: string) => `(${d} + CASE extract(isodow FROM ${d}) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)`;
  const before = (d: string) => `(${d} - CASE extract(isodow FROM ${d}) WHEN 6 THEN 1 WHEN 7 THEN 2 ELSE 0 END)`;
  const prep = (d: string) => `(${d} - CASE extract(isodow FROM ${d}) WHEN 1 THEN 5 WHEN 2 THEN 5 WHEN 3 THEN 5 WHEN 7 THEN 4 ELSE 3 END)`;
  const at9 = (d: string, tz: string) => `((${d})::date + time '${r.digestTime}') AT TIME ZONE ${tz}`;
  const yearly = (m: string, d: string, y: string) =>
    `CASE WHEN ${m} = 2 AND ${d} = 29 AND NOT ((${y} % 4 = 0 AND ${y} % 100 <> 0) OR ${y} % 400 = 0) THEN make_date(${y}, 2, 28) ELSE make_date(${y}, ${m}, ${d}) END`;
  const sql = `
WITH owner AS (
  SELECT p.id, si.external_id AS slack_user_id, coalesce(p.time_zone, $2) AS tz, ($1::timestamptz AT TIME ZONE coalesce(p.time_zone, $2))::date AS today
  FROM people p LEFT JOIN person_identities si ON si.person_id = p.id AND si.platform = 'slack' WHERE p.active
),
cust AS (
  SELECT c.id, c.tier::text AS tier, c.high_potential, c.started_on, o.slack_user_id AS recipient, o.tz, o.today,
         la.grade, la.assessed_on, (c.created_at AT TIME ZONE o.tz)::date AS created_local,
         coalesce((li.last_at AT TIME ZONE o.tz)::date, c.started_on, (c.created_at AT TIME ZONE o.tz)::date) AS anchor
  FROM customers c JOIN owner o ON o.id = c.owner_id
  LEFT JOIN LATERAL (SELECT grade, assessed_on FROM assessments x WHERE x.customer_id = c.id ORDER BY assessed_on DESC LIMIT 1) la ON true
  LEFT JOIN (SELECT customer_id, max(occurred_at) AS last_at FROM interactions GROUP BY customer_id) li ON li.customer_id = c.id
),
years AS (
  SELECT generate_series(extract(year FROM min(today) - ${r.missedLookbackDays})::int, extract(year FROM max(today))::int + 1) AS y FROM owner
),
follow_up AS (
  SELECT c.*, e.every, c.anchor + e.every AS first_due
  FROM cust c
  CROSS JOIN LATERAL (SELECT CASE WHEN c.grade = ANY($3::text[]) THEN least(b.every, ${f.attentionEveryDays}) ELSE b.every END AS every
    FROM (SELECT CASE WHEN c.started_on IS NOT NULL AND c.today - c.started_on < ${f.onboardingDays} THEN ${f.onboardingEveryDays}
                      WHEN c.high_potential THEN ${f.highPotentialEveryDays} ELSE ${f.normalEveryDays} END AS every) b) e
),
assessment AS (
  SELECT c.*, (CASE WHEN c.assessed_on IS NOT NULL THEN c.assessed_on + make_interval(months => m.every)
                    ELSE coalesce(c.started_on, c.created_local) + make_interval(months => CASE WHEN c.tier = 'new' THEN ${a.newFirstAfterMonths} ELSE m.every END) END)::date AS due_on,
         CASE WHEN c.assessed_on IS NOT NULL THEN c.tier || ' customer' ELSE c.tier || ' first' END AS why
  FROM cust c
  CROSS JOIN LATERAL (SELECT CASE c.tier WHEN 'strategic' THEN ${a.strategicEveryMonths} WHEN 'new' THEN ${a.newEveryMonths} ELSE ${a.normalEveryMonths} END AS every) m
),
anniversary AS (
  SELECT c.*, ${yearly("extract(month FROM c.started_on)::int", "extract(day FROM c.started_on)::int", "y.y")} AS on_day, y.y - extract(year FROM c.started_on)::int AS years
  FROM cust c CROSS JOIN years y WHERE c.started_on IS NOT NULL AND y.y - extract(year FROM c.started_on)::int >= 1
),
items AS (
  SELECT 'follow-up:customer-' || fu.id AS series, fu.first_due + (k.n - b.n) * fu.every AS occ, fu.recipient,
         ${at9(next("(fu.first_due + (k.n - b.n) * fu.every)"), "fu.tz")} AS send_at
  FROM follow_up fu
  CROSS JOIN LATERAL (SELECT (fu.today - fu.first_due) / fu.every AS n) k
  CROSS JOIN (VALUES (0), (1)) b(n)
  WHERE fu.today >= fu.first_due AND k.n - b.n >= 0
UNION ALL
  SELECT 'birthday:contact-' || k.id, bd.on_day, c.recipient, ${at9(before("bd.on_day"), "c.tz")}
  FROM contacts k JOIN cust c ON c.id = k.customer_id CROSS JOIN years y
  CROSS JOIN LATERAL (SELECT ${yearly("k.birthday_month", "k.birthday_day", "y.y")} AS on_day) bd
  WHERE k.birthday_month IS NOT NULL AND k.birthday_day IS NOT NULL
UNION ALL
  SELECT 'anniversary:customer-' || an.id, an.on_day, an.recipient, ${at9(before("an.on_day"), "an.tz")} FROM anniversary an
UNION ALL
  SELECT 'assessment:customer-' || an.id, an.on_day, an.recipient, ${at9(next("an.on_day"), "an.tz")}
  FROM anniversary an WHERE an.years = ANY($4::int[])
UNION ALL
  SELECT 'assessment-prep:customer-' || an.id, an.on_day, an.recipient, ${at9(prep("an.on_day"), "an.tz")}
  FROM anniversary an WHERE an.years = ANY($4::int[])
UNION ALL
  SELECT 'assessment:customer-' || s.id, s.due_on + (k.n - b.n) * ${a.overdueEveryDays}, s.recipient,
         ${at9(next(`(s.due_on + (k.n - b.n) * ${a.overdueEveryDays})`), "s.tz")}
  FROM assessment s
  CROSS JOIN LATERAL (SELECT (s.today - s.due_on) / ${a.overdueEveryDays} AS n) k
  CROSS JOIN (VALUES (0), (1)) b(n)
  WHERE s.today >= s.due_on AND k.n - b.n >= 0
UNION ALL
  SELECT 'assessment-prep:customer-' || s.id, s.due_on, s.recipient, ${at9(prep("s.due_on"), "s.tz")} FROM assessment s
UNION ALL
  SELECT 'report-back:assessment-' || x.id, (x.assessed_on + make_interval(months => ${r.reportBack.afterMonths}))::date, c.recipient,
         ${at9(next(`(x.assessed_on + make_interval(months => ${r.reportBack.afterMonths}))::date`), "c.tz")}
  FROM assessments x JOIN cust c ON c.id = x.customer_id
),
latest AS (
  SELECT DISTINCT ON (series) series || ':' || to_char(occ, 'YYYY-MM-DD') AS key, recipient, send_at
  FROM items
  WHERE send_at <= $1 AND send_at > $1::timestamptz - make_interval(days => ${r.missedLookbackDays})
  ORDER BY series, send_at DESC, series || ':' || to_char(occ, 'YYYY-MM-DD') DESC
)
SELECT key, recipient, send_at FROM latest WHERE send_at >= $1::timestamptz - make_interval(days => ${r.catchUpDays})`;
  return {
    sql,
    params: (now) => [now, settings.calendar.timeZone, f.attentionGrades, settings.reminders.anniversaries.assessmentOnYears],
  };
}
