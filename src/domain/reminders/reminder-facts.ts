import type { LocalDate } from "../calendar/local-date.js";

/**
 * What the reminder rules read, loaded from the roster for one evaluation. Dates in people's calendars
 * are LocalDates; moments are Dates. Time zones are already resolved (roster, chat profile, team default).
 */
export interface ReminderFacts {
  people: PersonFacts[];
  customers: CustomerFacts[];
  contacts: ContactFacts[];
  /** Interactions recent enough to still need a summary or a value check. */
  interactions: InteractionFacts[];
  /** Assessments recent enough to still need a report back to the customer. */
  assessments: AssessmentFacts[];
  /** Improvement actions not completed yet. */
  actions: ActionFacts[];
}

export interface PersonFacts {
  id: number;
  /** Where their reminders go: a ledger recipient (a bare Slack id, or `teams:<id>`; see addressOf). */
  address: string;
  name: string;
  timeZone: string;
}

export interface CustomerFacts {
  id: number;
  key: string;
  name: string;
  tier: "strategic" | "normal" | "new";
  highPotential: boolean;
  ownerId: number | null;
  startedOn: LocalDate | null;
  createdAt: Date;
  latestGrade: string | null;
  lastInteractionAt: Date | null;
  lastAssessedOn: LocalDate | null;
  /** Order totals of the last full months, oldest first, the last full month last (for the anomaly). */
  monthlyOrderTotals: number[];
  /** Complaints opened in the recent window and in the baseline window before it. */
  complaintsRecent: number;
  complaintsBaseline: number;
  /** When the latest complaint of the recent window was opened (a rise is reported in the digest after it). */
  latestComplaintAt: Date | null;
  /** For the monthly roster review. */
  contactCount: number;
  lastContactUpdateAt: Date | null;
  contactsWithoutBirthday: number;
}

export interface ContactFacts {
  id: number;
  customerId: number;
  name: string;
  title: string | null;
  birthdayMonth: number | null;
  birthdayDay: number | null;
}

export interface InteractionFacts {
  id: number;
  customerId: number;
  kind: string;
  occurredAt: Date;
  authorId: number | null;
  hasSummary: boolean;
}

export interface AssessmentFacts {
  id: number;
  customerId: number;
  assessedOn: LocalDate;
  grade: string | null;
}

export interface ActionFacts {
  id: number;
  customerId: number;
  problem: string;
  ownerId: number | null;
  deadline: LocalDate;
}
