import type { Database } from "../database.js";
import { addDays } from "../../domain/calendar/add-days.js";
import type { ReminderFacts } from "../../domain/reminders/reminder-facts.js";
import type { ReminderSettings } from "../../domain/reminders/reminder-settings.js";
import type { Platform, PlatformIdentities } from "../../domain/roster/platform-identity.js";
import { platformOrUndefined } from "../people/platform-or-undefined.js";
import { personIdentitiesSql } from "../people/person-identities-sql.js";

const DAY_MS = 86_400_000;

/** A person as stored, before their time zone is resolved. */
export interface StoredPerson {
  id: number;
  ids: PlatformIdentities;
  name: string;
  timeZone: string | null;
  preferredPlatform?: Platform;
}

/**
 * Loads what the reminder rules read at `now`. SQL narrows to what can matter within the look-back
 * window (birthdays near today, recent conversations, open actions) — a superset, never a decision:
 * the pure rules decide what is due.
 */
export async function loadReminderFacts(
  db: Database,
  now: Date,
  reminders: ReminderSettings,
): Promise<Omit<ReminderFacts, "people"> & { people: StoredPerson[] }> {
  const lookbackMs = reminders.missedLookbackDays * DAY_MS;
  const today = now.toISOString().slice(0, 10);
  // Birthdays and anniversaries between the look-back start and a week ahead (zones, weekends shift them).
  const monthDays = new Set<string>();
  for (let d = -(reminders.missedLookbackDays + 2); d <= 7; d += 1) monthDays.add(addDays(today, d).slice(5));
  const months = [...monthDays].map((md) => Number(md.slice(0, 2)));
  const days = [...monthDays].map((md) => Number(md.slice(3, 5)));
  if (monthDays.has("02-28") || monthDays.has("03-01")) {
    months.push(2);
    days.push(29);
  }
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  // The contact statistics only feed the monthly roster review, whose moment (the first working day of a
  // month, at the latest about the 9th after a holiday week) is within the look-back window only in the
  // first weeks of a month: skip the 300k-row scan otherwise.
  const rosterReviewPossible = Number(today.slice(8, 10)) <= reminders.missedLookbackDays + 9;
  const ordersFrom = monthsBefore(firstOfMonth, reminders.assessments.orderBaselineMonths + 1);
  const { complaintRecentDays, complaintBaselineDays } = reminders.assessments;

  // Plain driver sessions, not Prisma: these return up to a row per customer and contact, and Prisma's
  // row conversion would cost more than the queries.
  const q = <T>(sql: string, ...params: unknown[]) => db.session((session) => session.query<T & Record<string, unknown>>(sql, params));
  const [people, customers, complaintCounts, contactStats, contacts, interactions, assessments, actions, orders] = await Promise.all([
    q<{ id: number; ids: PlatformIdentities; name: string; time_zone: string | null; preferred_platform: string | null }>(
      `SELECT id, ${personIdentitiesSql("people.id")} AS ids, name, time_zone, preferred_platform FROM people WHERE active`,
    ),
    q<CustomerRow>(
      // Moments as epoch milliseconds: parsing 100k timestamp strings into Dates costs more than the query.
      // date_part's float8 (not extract's slower numeric), rounded: exact, as the columns hold whole milliseconds.
      `SELECT c.id, c.key, c.name, c.tier::text AS tier, c.high_potential, c.owner_id, c.started_on::text AS started_on,
              round(date_part('epoch', c.created_at) * 1000) AS created_at,
              la.grade AS latest_grade, la.assessed_on::text AS last_assessed_on, round(date_part('epoch', li.last_at) * 1000) AS last_at
       FROM customers c
       LEFT JOIN (SELECT DISTINCT ON (customer_id) customer_id, grade, assessed_on FROM assessments
                  ORDER BY customer_id, assessed_on DESC) la ON la.customer_id = c.id
       LEFT JOIN (SELECT customer_id, max(occurred_at) AS last_at FROM interactions GROUP BY customer_id) li ON li.customer_id = c.id
       WHERE c.owner_id IS NOT NULL`,
    ),
    // The per-customer counts below are separate queries, a row only for the customers that have any:
    // as columns of the query above they would cost 100k mostly-zero fields to parse.
    q<{ customer_id: number; recent: number; baseline: number; latest: number | null }>(
      `SELECT customer_id,
              count(*) FILTER (WHERE opened_at > $1::timestamptz - make_interval(days => $2))::int AS recent,
              count(*) FILTER (WHERE opened_at <= $1::timestamptz - make_interval(days => $2))::int AS baseline,
              round(date_part('epoch', max(opened_at) FILTER (WHERE opened_at > $1::timestamptz - make_interval(days => $2))) * 1000) AS latest
       FROM complaints WHERE opened_at > $1::timestamptz - make_interval(days => $2 + $3) AND opened_at <= $1
       GROUP BY customer_id`,
      now,
      complaintRecentDays,
      complaintBaselineDays,
    ),
    rosterReviewPossible
      ? q<{ customer_id: number; n: number; updated: number; no_birthday: number }>(
          `SELECT customer_id, count(*)::int AS n, round(date_part('epoch', max(updated_at)) * 1000) AS updated,
                  count(*) FILTER (WHERE birthday_month IS NULL)::int AS no_birthday
           FROM contacts GROUP BY customer_id`,
        )
      : [],
    q<{ id: number; customer_id: number; name: string; title: string | null; birthday_month: number; birthday_day: number }>(
      `SELECT k.id, k.customer_id, k.name, k.title, k.birthday_month, k.birthday_day
       FROM contacts k JOIN unnest($1::int[], $2::int[]) AS md(m, d) ON k.birthday_month = md.m AND k.birthday_day = md.d`,
      months,
      days,
    ),
    q<{ id: number; customer_id: number; kind: string; occurred_at: Date; author_id: number | null; has_summary: boolean }>(
      `SELECT id, customer_id, kind, occurred_at, author_id, (summary IS NOT NULL AND btrim(summary) <> '') AS has_summary
       FROM interactions
       WHERE (kind = ANY($1::text[]) AND (summary IS NULL OR btrim(summary) = '') AND occurred_at > $3::timestamptz - make_interval(hours => $4))
          OR (kind = ANY($2::text[]) AND occurred_at > $3::timestamptz - make_interval(days => $5))`,
      reminders.summary.kinds,
      reminders.valueCheck.deliveryKinds,
      new Date(now.getTime() - lookbackMs),
      reminders.summary.afterHours + 24,
      reminders.valueCheck.afterDays + 2,
    ),
    q<{ id: number; customer_id: number; assessed_on: string; grade: string | null }>(
      // Only those whose report-back date (months later, clamped to the month's end like addMonths) is
      // not after tomorrow anywhere on Earth: the rest cannot be due yet.
      `SELECT id, customer_id, assessed_on::text AS assessed_on, grade FROM assessments
       WHERE assessed_on >= $1::date AND assessed_on + make_interval(months => $2) <= $3::date`,
      monthsBefore(addDays(today, -reminders.missedLookbackDays - 2), reminders.reportBack.afterMonths),
      reminders.reportBack.afterMonths,
      addDays(today, 2),
    ),
    q<{ id: number; customer_id: number; problem: string; owner_id: number | null; deadline: string }>(
      `SELECT id, customer_id, problem, owner_id, deadline::text AS deadline FROM improvement_actions WHERE completed_at IS NULL`,
    ),
    q<{ customer_id: number; month: string; total: string }>(
      `SELECT customer_id, to_char(ordered_on, 'YYYY-MM') AS month, sum(amount)::text AS total
       FROM orders WHERE ordered_on >= $1::date AND ordered_on < $2::date GROUP BY 1, 2`,
      ordersFrom,
      firstOfMonth,
    ),
  ]);

  const orderMonths: string[] = [];
  for (let m = reminders.assessments.orderBaselineMonths + 1; m >= 1; m -= 1) orderMonths.push(monthsBefore(firstOfMonth, m).slice(0, 7));
  const totals = new Map<number, number[]>();
  for (const row of orders) {
    const list = totals.get(row.customer_id) ?? orderMonths.map(() => 0);
    list[orderMonths.indexOf(row.month)] = Number(row.total);
    totals.set(row.customer_id, list);
  }

  const complaintsOf = new Map(complaintCounts.map((row) => [row.customer_id, row]));
  const contactsOf = new Map(contactStats.map((row) => [row.customer_id, row]));

  return {
    people: people.map((p) => ({ id: p.id, ids: p.ids, name: p.name, timeZone: p.time_zone, preferredPlatform: platformOrUndefined(p.preferred_platform) })),
    customers: customers.map((c) => {
      const complaints = complaintsOf.get(c.id);
      const stats = contactsOf.get(c.id);
      return {
        id: c.id,
        key: c.key,
        name: c.name,
        tier: c.tier as "strategic" | "normal" | "new",
        highPotential: c.high_potential,
        ownerId: c.owner_id,
        startedOn: c.started_on,
        createdAt: new Date(c.created_at),
        latestGrade: c.latest_grade,
        lastInteractionAt: c.last_at === null ? null : new Date(c.last_at),
        lastAssessedOn: c.last_assessed_on,
        monthlyOrderTotals: totals.get(c.id) ?? [],
        complaintsRecent: complaints?.recent ?? 0,
        complaintsBaseline: complaints?.baseline ?? 0,
        latestComplaintAt: complaints?.latest == null ? null : new Date(Number(complaints.latest)),
        contactCount: stats?.n ?? 0,
        lastContactUpdateAt: stats ? new Date(stats.updated) : null,
        contactsWithoutBirthday: stats?.no_birthday ?? 0,
      };
    }),
    contacts: contacts.map((k) => ({ id: k.id, customerId: k.customer_id, name: k.name, title: k.title, birthdayMonth: k.birthday_month, birthdayDay: k.birthday_day })),
    interactions: interactions.map((i) => ({ id: i.id, customerId: i.customer_id, kind: i.kind, occurredAt: new Date(i.occurred_at), authorId: i.author_id, hasSummary: i.has_summary })),
    assessments: assessments.map((a) => ({ id: a.id, customerId: a.customer_id, assessedOn: a.assessed_on, grade: a.grade })),
    actions: actions.map((a) => ({ id: a.id, customerId: a.customer_id, problem: a.problem, ownerId: a.owner_id, deadline: a.deadline })),
  };
}

function monthsBefore(date: string, months: number): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(y, m - 1 - months, 1)).toISOString().slice(0, 10);
}

interface CustomerRow {
  id: number;
  key: string;
  name: string;
  tier: string;
  high_potential: boolean;
  owner_id: number | null;
  started_on: string | null;
  created_at: number;
  latest_grade: string | null;
  last_assessed_on: string | null;
  last_at: number | null;
}
