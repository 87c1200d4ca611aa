import { seedServerDatabase } from "../support/seed-server-database.js";

/** The sizes the Performance section names. */
export const BENCH_SIZES = { customers: 20_000, orders: 2_000_000, payments: 500_000, interactions: 1_000_000 } as const;
export type BenchSizes = { [K in keyof typeof BENCH_SIZES]: number };

/** The roster scaled to `customers` (the same rows per customer), for a quick run that proves a bench works. */
export function scaledBenchSizes(customers: number): BenchSizes {
  const per = customers / BENCH_SIZES.customers;
  return { customers, orders: Math.round(BENCH_SIZES.orders * per), payments: Math.round(BENCH_SIZES.payments * per), interactions: Math.round(BENCH_SIZES.interactions * per) };
}

/**
 * A database on the server filled with the benchmark's roster: 20,000 customers, 2 million orders,
 * 500,000 payments, 1 million interactions (plus surveys, complaints and two assessments per customer),
 * spread over the two years before 2026-11-24. Returns its URL.
 */
export function seedScoreBench(adminUrl: string, name: string, log: (line: string) => void, sizes: BenchSizes = BENCH_SIZES): Promise<string> {
  return seedServerDatabase({
    adminUrl,
    name,
    log,
    steps: seedSteps(sizes),
    async isComplete(client) {
      const { rows } = await client.query(
        "SELECT (SELECT count(*) FROM customers)::int AS c, (SELECT count(*) FROM orders)::int AS o, (SELECT count(*) FROM payments)::int AS p, (SELECT count(*) FROM interactions)::int AS i",
      );
      const row = rows[0] as { c: number; o: number; p: number; i: number };
      return row.c === sizes.customers && row.o === sizes.orders && row.p === sizes.payments && row.i >= sizes.interactions * 0.99;
    },
  });
}

function seedSteps(sizes: BenchSizes): Array<[string, string]> {
  const C = sizes.customers;
  return [
    ["departments", `INSERT INTO departments (name) SELECT 'Department ' || g FROM generate_series(1, 5) g`],
    [
      "people",
      // Identities live in person_identities since the platform-identities migration (people.slack_user_id went).
      `INSERT INTO people (name, roles, department_id) SELECT 'Owner ' || g, '{owner}', 1 + g % 5 FROM generate_series(1, 50) g;
       INSERT INTO people (name, roles) VALUES ('Bench Executive', '{executive}');
       INSERT INTO person_identities (person_id, platform, external_id)
         SELECT id, 'slack', CASE WHEN name = 'Bench Executive' THEN 'UBEXEC' ELSE 'UB' || lpad(id::text, 4, '0') END FROM people ORDER BY id`,
    ],
    [
      "customers",
      `INSERT INTO customers (key, name, aliases, tier, value_segment, owner_id, started_on)
         SELECT 'C' || lpad(g::text, 5, '0'), 'Customer ' || g, ARRAY['Alias ' || g],
                (ARRAY['strategic', 'normal', 'new'])[1 + g % 3]::"Tier", (ARRAY['high', 'mid', 'low'])[1 + g % 3]::"ValueSegment",
                1 + g % 50, date '2020-01-01' + (g % 2500)
           FROM generate_series(1, ${C}) g`,
    ],
    [
      "orders",
      `INSERT INTO orders (ref, customer_id, ordered_on, amount)
         SELECT 'O' || g, 1 + g % ${C}, date '2024-11-24' + ((g::bigint * 7919) % 730)::int, 1000 + (g::bigint * 31) % 9000
           FROM generate_series(1, ${sizes.orders}) g`,
    ],
    [
      "payments",
      `INSERT INTO payments (ref, customer_id, amount, due_on, paid_on)
         SELECT 'P' || g, 1 + g % ${C}, 5000, date '2024-11-24' + ((g::bigint * 7919) % 700)::int,
                CASE WHEN g % 50 = 0 THEN NULL ELSE date '2024-11-24' + ((g::bigint * 7919) % 700)::int + (g % 13) - 4 END
           FROM generate_series(1, ${sizes.payments}) g`,
    ],
    [
      "interactions",
      `INSERT INTO interactions (customer_id, kind, occurred_at, proactive_need)
         SELECT 1 + g % ${C}, 'call', timestamptz '2024-11-24 00:00+00' + ((g::bigint * 7907) % (730 * 1440)) * interval '1 minute', g % 97 = 0
           FROM generate_series(1, ${sizes.interactions}) g
         ON CONFLICT DO NOTHING`,
    ],
    [
      "surveys",
      `INSERT INTO surveys (customer_id, surveyed_on, score)
         SELECT 1 + g % ${C}, date '2025-06-01' + (g % 500), 60 + (g * 7) % 41 FROM generate_series(1, ${C * 2}) g
         ON CONFLICT DO NOTHING`,
    ],
    [
      "complaints",
      `INSERT INTO complaints (customer_id, class, category, description, opened_at, tier_since, resolved_at, status)
         SELECT 1 + (g * 13) % ${C}, (ARRAY['urgent', 'general', 'suggestion'])[1 + g % 3]::"ComplaintClass", 'delivery', 'bench complaint',
                timestamptz '2025-11-24 00:00+00' + (g % 365) * interval '1 day', timestamptz '2025-11-24 00:00+00' + (g % 365) * interval '1 day',
                CASE WHEN g % 4 = 0 THEN NULL ELSE timestamptz '2025-11-24 00:00+00' + (g % 365 + 3) * interval '1 day' END,
                (CASE WHEN g % 4 = 0 THEN 'open' ELSE 'resolved' END)::"ComplaintStatus"
           FROM generate_series(1, 30000) g`,
    ],
    [
      "assessments",
      `INSERT INTO assessments (customer_id, assessed_on, assessor_id, needs_fit, composite, grade, snapshot)
         SELECT c, d, 1 + c % 50, (ARRAY[10, 7, 4, 1])[1 + c % 4], 3 + (c % 70) / 10.0, NULL, '{}'::jsonb
           FROM generate_series(1, ${C}) c, (VALUES (date '2026-02-28'), (date '2026-08-31')) v(d)`,
    ],
  ];
}
