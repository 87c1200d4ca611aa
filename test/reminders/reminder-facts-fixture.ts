import type { CustomerFacts, PersonFacts, ReminderFacts } from "../../src/domain/reminders/reminder-facts.js";

/** A roster for the pure rule tests: three owners in three zones, nothing due unless a test adds it. */
export const PEOPLE: PersonFacts[] = [
  { id: 1, address: "U_SHANGHAI", name: "Li Wei", timeZone: "Asia/Shanghai" },
  { id: 2, address: "U_BERLIN", name: "Anna Schmidt", timeZone: "Europe/Berlin" },
  { id: 3, address: "U_LA", name: "Sam Carter", timeZone: "America/Los_Angeles" },
];

export function customer(id: number, ownerId: number, overrides: Partial<CustomerFacts> = {}): CustomerFacts {
  return {
    id,
    key: `C${id}`,
    name: `Customer ${id}`,
    tier: "normal",
    highPotential: false,
    ownerId,
    startedOn: null,
    // Recently created, assessed, contacted and reviewed: quiet unless a test says otherwise.
    createdAt: new Date("2026-11-01T00:00:00Z"),
    latestGrade: null,
    lastInteractionAt: new Date("2026-11-20T02:00:00Z"),
    lastAssessedOn: "2026-10-01",
    monthlyOrderTotals: [],
    complaintsRecent: 0,
    complaintsBaseline: 0,
    latestComplaintAt: null,
    contactCount: 1,
    lastContactUpdateAt: new Date("2026-11-01T00:00:00Z"),
    contactsWithoutBirthday: 0,
    ...overrides,
  };
}

export function facts(overrides: Partial<ReminderFacts> = {}): ReminderFacts {
  return { people: PEOPLE, customers: [], contacts: [], interactions: [], assessments: [], actions: [], ...overrides };
}
