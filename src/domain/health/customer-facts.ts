import type { IsoDate } from "./health-inputs.js";

/** What `/customer show` lists besides the profile: a few rows of each, never whole histories. */
export interface CustomerFacts {
  contacts: Array<{ name: string; title: string | null; email: string | null; phone: string | null; keyContact: boolean }>;
  contactCount: number;
  lastInteractions: Array<{ kind: string; occurredAt: Date; summary: string | null; author: string | null }>;
  openComplaints: Array<{ id: number; ref: string | null; class: string; status: string; tier: number; openedAt: Date; description: string }>;
  lastAssessment: { assessedOn: IsoDate; composite: number | null; grade: string | null; assessor: string | null } | null;
}
