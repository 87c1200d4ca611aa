import { seedServerDatabase } from "../support/seed-server-database.js";

/** The sizes the Performance section names. */
export const REMINDER_BENCH_SIZES = { owners: 300, customers: 100_000, contacts: 300_000 } as const;

/**
 * A database on the server with the reminders bench roster: 300 owners in Shanghai, Berlin and Los
 * Angeles, 100,000 customers (all tiers, some high-potential, some new), 300,000 contacts with birthdays
 * (a few on Feb 29, a tenth unknown), one recent interaction (most within their follow-up cadence) and one
 * assessment per customer (most on schedule), like a team that mostly keeps up — generated in SQL, deterministic. Returns its URL.
 */
export function seedRemindersBench(adminUrl: string, name: string, log: (line: string) => void): Promise<string> {
  return seedServerDatabase({
    adminUrl,
    name,
    log,
    steps: SEED_STEPS,
    async isComplete(client) {
      const { rows } = await client.query("SELECT (SELECT count(*) FROM customers)::int AS c, (SELECT count(*) FROM contacts)::int AS k, (SELECT count(*) FROM assessments)::int AS a");
      return rows[0].c === REMINDER_BENCH_SIZES.customers && rows[0].k === REMINDER_BENCH_SIZES.contacts && rows[0].a === REMINDER_BENCH_SIZES.customers;
    },
  });
}

const SEED_STEPS: Array<[string, string]> = [
  [
    "people",
    `INSERT INTO people (name, time_zone, roles, updated_at)
      SELECT 'Owner ' || i, (ARRAY['Asia/Shanghai', 'Europe/Berlin', 'America/Los_Angeles'])[1 + i % 3], '{owner}', now()
      FROM generate_series(0, ${REMINDER_BENCH_SIZES.owners - 1}) i ORDER BY i;
     INSERT INTO person_identities (person_id, platform, external_id)
      SELECT id, 'slack', 'UB' || lpad(substr(name, 7), 4, '0') FROM people ORDER BY id`,
  ],
  [
    "customers",
    `INSERT INTO customers (key, name, tier, high_potential, owner_id, started_on, created_at, updated_at)
      SELECT 'B' || i, 'Bench customer ' || i,
             (ARRAY['strategic', 'normal', 'normal', 'normal', 'new'])[1 + i % 5]::"Tier",
             i % 10 = 3,
             (SELECT min(id) FROM people) + i % ${REMINDER_BENCH_SIZES.owners},
             CASE WHEN i % 5 = 4 THEN date '2026-11-24' - (i * 31) % 200 ELSE date '2021-01-01' + (i * 7919) % 2150 END,
             timestamptz '2021-01-01T00:00:00Z', now()
      FROM generate_series(0, ${REMINDER_BENCH_SIZES.customers - 1}) i`,
  ],
  [
    "contacts",
    `INSERT INTO contacts (customer_id, name, birthday_month, birthday_day, key_contact, updated_at)
      SELECT c.id, 'Contact ' || j, b.m, b.d, j = 0, timestamptz '2026-06-01T00:00:00Z'
      FROM customers c CROSS JOIN generate_series(0, 2) j
      CROSS JOIN LATERAL (SELECT c.id * 3 + j AS n) seq
      CROSS JOIN LATERAL (SELECT
        CASE WHEN seq.n % 10 = 0 THEN NULL WHEN seq.n % 997 = 5 THEN 2 ELSE 1 + (seq.n * 37) % 12 END AS m,
        CASE WHEN seq.n % 10 = 0 THEN NULL WHEN seq.n % 997 = 5 THEN 29 ELSE 1 + (seq.n * 53) % 28 END AS d) b`,
  ],
  [
    "interactions",
    `INSERT INTO interactions (customer_id, kind, occurred_at, author_id, summary, updated_at)
      SELECT c.id, 'call', timestamptz '2026-11-24T01:00:00Z' - make_interval(mins => (c.id * 97) % (CASE WHEN c.id % 10 < 7 THEN 7 ELSE 30 END * 1440)),
             c.owner_id, 'bench', now()
      FROM customers c`,
  ],
  [
    "assessments",
    `INSERT INTO assessments (customer_id, assessed_on, grade, snapshot)
      SELECT c.id, date '2026-11-24' - (c.id * 61) % CASE WHEN (c.id - 1) % 5 IN (0, 4) THEN 95 ELSE 185 END,
             CASE WHEN c.id % 7 = 0 THEN 'fair' ELSE 'good' END, '{}'
      FROM customers c`,
  ],
];
