import type { TeamSettings } from "../../src/config/team-settings.js";
import type { Database } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";
import type { ComplaintCase } from "../../src/domain/complaints/complaint-case.js";
import { nextComplaintCheck } from "../../src/domain/complaints/next-complaint-check.js";
import { teamWorkingDayCalendar } from "../../src/domain/complaints/team-working-day-calendar.js";

export const BENCH_DEPARTMENTS = 25;

/**
 * The bench roster: 25 departments (each its channel `C_DEPT<n>` and head `U_HEAD<n>`), 5 people in
 * technical support, 3 executives, 200 customers with owners.
 */
export async function seedBenchRoster(db: Database): Promise<{ customerIds: number[]; departmentIds: number[] }> {
  return withActor(db, "cli:bench", async (tx) => {
    await tx.$executeRaw`INSERT INTO departments (name) SELECT 'Dept ' || i FROM generate_series(1, ${BENCH_DEPARTMENTS}) i ORDER BY i`;
    await tx.$executeRaw`INSERT INTO department_channels (department_id, platform, channel) SELECT id, 'slack', 'C_DEPT' || substr(name, 6) FROM departments ORDER BY id`;
    // People carry their Slack id in person_identities: each group is inserted, then given its ids by name.
    await tx.$executeRaw`INSERT INTO people (name, roles, department_id)
      SELECT 'Head ' || d.i, ARRAY['department_head']::"Role"[], (SELECT id FROM departments WHERE name = 'Dept ' || d.i)
        FROM generate_series(1, ${BENCH_DEPARTMENTS}) AS d(i) ORDER BY d.i`;
    await tx.$executeRaw`INSERT INTO people (name, roles) SELECT 'Tech ' || i, ARRAY['tech_support']::"Role"[] FROM generate_series(1, 5) i ORDER BY i`;
    await tx.$executeRaw`INSERT INTO people (name, roles) SELECT 'Exec ' || i, ARRAY['executive']::"Role"[] FROM generate_series(1, 3) i ORDER BY i`;
    await tx.$executeRaw`INSERT INTO people (name, roles) SELECT 'Owner ' || i, ARRAY['owner']::"Role"[] FROM generate_series(1, 20) i ORDER BY i`;
    await tx.$executeRaw`INSERT INTO person_identities (person_id, platform, external_id)
      SELECT id, 'slack', 'U_' || upper(split_part(name, ' ', 1)) || split_part(name, ' ', 2) FROM people ORDER BY id`;
    await tx.$executeRaw`UPDATE departments SET head_id = p.id FROM people p WHERE p.name = 'Head ' || substr(departments.name, 6)`;
    await tx.$executeRaw`INSERT INTO customers (key, name, owner_id)
      SELECT 'C' || lpad(i::text, 4, '0'), 'Customer ' || i, (SELECT id FROM people WHERE name = 'Owner ' || (1 + i % 20)) FROM generate_series(1, 200) i`;
    const customers = await tx.customer.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    const departments = await tx.department.findMany({ select: { id: true }, orderBy: { id: "asc" } });
    return { customerIds: customers.map((c) => c.id), departmentIds: departments.map((d) => d.id) };
  });
}

export interface BenchCase {
  class: "urgent" | "general";
  status: "open" | "acknowledged";
  tierSince: Date;
  firstResponseAt: Date | null;
}

/**
 * Inserts open cases with their scheduler cursor (`next_check_at`) as Steward computes it when a case is
 * filed or changes. Spread round-robin over customers and departments; each has a card in its department.
 */
export async function seedBenchCases(db: Database, settings: TeamSettings, roster: { customerIds: number[]; departmentIds: number[] }, cases: readonly BenchCase[]): Promise<void> {
  const calendar = teamWorkingDayCalendar(settings.calendar);
  const CHUNK = 2_000;
  for (let start = 0; start < cases.length; start += CHUNK) {
    const chunk = cases.slice(start, start + CHUNK);
    const rows = chunk.map((c, i) => {
      const n = start + i;
      const domain: ComplaintCase = {
        id: 0, class: c.class, category: "delivery", status: c.status, tier: 1, version: 0, openedAt: c.tierSince, tierSince: c.tierSince,
        acknowledgedAt: c.status === "acknowledged" ? c.tierSince : null, acknowledgedBy: null, firstResponseAt: c.firstResponseAt, lastUpdateAt: null,
        resolvedAt: null, resolvedBy: null, solution: null, closedAt: null, closedBy: null, reopenedAt: null, reopenedBy: null,
      };
      return {
        customer: roster.customerIds[n % roster.customerIds.length]!,
        department: roster.departmentIds[n % roster.departmentIds.length]!,
        departmentNumber: (n % roster.departmentIds.length) + 1,
        c,
        next: nextComplaintCheck(domain, c.tierSince, settings.complaints, calendar),
        ts: `1790000000.${String(n).padStart(6, "0")}`,
      };
    });
    await withActor(db, "cli:bench", (tx) =>
      tx.$executeRaw`
        INSERT INTO complaints (customer_id, class, category, description, status, tier, version, lead_department_id,
                                opened_at, tier_since, acknowledged_at, first_response_at, next_check_at, card_platform, card_channel, card_ts)
        SELECT customer_id, class::"ComplaintClass", 'delivery', 'Bench case', status::"ComplaintStatus", 1, 0, department_id,
               since, since, CASE WHEN status = 'acknowledged' THEN since END, first_response, next_check, 'slack', channel, ts
          FROM unnest(${rows.map((r) => r.customer)}::int[], ${rows.map((r) => r.c.class)}::text[], ${rows.map((r) => r.c.status)}::text[],
                      ${rows.map((r) => r.department)}::int[], ${rows.map((r) => r.c.tierSince)}::timestamptz[],
                      ${rows.map((r) => r.c.firstResponseAt)}::timestamptz[], ${rows.map((r) => r.next)}::timestamptz[],
                      ${rows.map((r) => `C_DEPT${r.departmentNumber}`)}::text[], ${rows.map((r) => r.ts)}::text[])
            AS t(customer_id, class, status, department_id, since, first_response, next_check, channel, ts)`,
      { timeout: 120_000 },
    );
  }
}
