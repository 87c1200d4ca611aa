import type { IsoDate } from "../../domain/health/health-inputs.js";
import type { CustomerFacts } from "../../domain/health/customer-facts.js";
import type { Database } from "../database.js";

/** What `/customer show` lists besides the profile: a few rows of each, never whole histories; the last assessment up to `asOf`. */
export async function loadCustomerFacts(db: Database, customerId: number, asOf: IsoDate): Promise<CustomerFacts> {
  const prisma = db.prisma;
  const [contacts, contactCount, interactions, complaints, assessment] = await Promise.all([
    prisma.contact.findMany({ where: { customerId }, orderBy: [{ keyContact: "desc" }, { name: "asc" }], take: 8 }),
    prisma.contact.count({ where: { customerId } }),
    prisma.interaction.findMany({ where: { customerId }, orderBy: { occurredAt: "desc" }, take: 5, include: { author: true } }),
    prisma.complaint.findMany({
      where: { customerId, status: { in: ["open", "acknowledged", "waiting_on_customer", "reopened"] } },
      orderBy: { openedAt: "asc" },
      take: 10,
    }),
    prisma.assessment.findFirst({ where: { customerId, assessedOn: { lte: new Date(`${asOf}T00:00:00Z`) } }, orderBy: { assessedOn: "desc" }, include: { assessor: true } }),
  ]);
  return {
    contacts: contacts.map((c) => ({ name: c.name, title: c.title, email: c.email, phone: c.phone, keyContact: c.keyContact })),
    contactCount,
    lastInteractions: interactions.map((i) => ({ kind: i.kind, occurredAt: i.occurredAt, summary: i.summary, author: i.author?.name ?? null })),
    openComplaints: complaints.map((c) => ({
      id: c.id,
      ref: c.ref,
      class: c.class,
      status: c.status,
      tier: c.tier,
      openedAt: c.openedAt,
      description: c.description,
    })),
    lastAssessment: assessment && {
      assessedOn: assessment.assessedOn.toISOString().slice(0, 10),
      composite: assessment.composite === null ? null : Number(assessment.composite),
      grade: assessment.grade,
      assessor: assessment.assessor?.name ?? null,
    },
  };
}
