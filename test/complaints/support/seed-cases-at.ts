import type { Database } from "../../../src/db/database.js";
import { withActor } from "../../../src/db/with-actor.js";
import type { ComplaintStatus, EscalationTier } from "../../../src/domain/complaints/complaint-case.js";

/** The card message of the n-th seeded case. */
export const cardTsOf = (n: number) => `1790000000.${String(n).padStart(6, "0")}`;

export interface CaseSpec {
  status: ComplaintStatus;
  tier: EscalationTier;
}

/**
 * One general complaint of the customer per spec, already in that state at that tier (led by
 * `leadId`, with `cooperatingIds`), each with its own card in `channel` (`cardTsOf`, counted from `firstCard`); resolved and closed ones were
 * resolved by `resolverId`. Filed an hour before `now`, so no deadline is near; the scheduler looks at them
 * at `nextCheckAt` (never without it). Returns the ids in order.
 */
export async function seedCasesAt(
  db: Database,
  input: { customerId: number; leadId: number; cooperatingIds: number[]; resolverId: number; channel: string; now: Date; nextCheckAt?: Date; firstCard?: number },
  specs: readonly CaseSpec[],
): Promise<number[]> {
  const openedAt = new Date(input.now.getTime() - 3_600_000);
  return withActor(db, "cli:test", async (tx) => {
    const rows = await tx.complaint.createManyAndReturn({
      data: specs.map((spec, i) => {
        const resolved = spec.status === "resolved" || spec.status === "closed";
        return {
          customerId: input.customerId,
          class: "general" as const,
          category: "service",
          description: `Case ${i}: the invoice portal shows the wrong totals`,
          status: spec.status,
          tier: spec.tier,
          version: 1,
          leadDepartmentId: input.leadId,
          openedAt,
          tierSince: openedAt,
          acknowledgedAt: spec.status === "open" ? null : openedAt,
          resolvedAt: resolved ? openedAt : null,
          resolvedById: resolved ? input.resolverId : null,
          solution: resolved ? "Recomputed the totals" : null,
          closedAt: spec.status === "closed" ? openedAt : null,
          nextCheckAt: input.nextCheckAt ?? null,
          cardPlatform: "slack",
          cardChannel: input.channel,
          cardTs: cardTsOf((input.firstCard ?? 0) + i),
        };
      }),
      select: { id: true },
    });
    const ids = rows.map((row) => row.id);
    await tx.complaintDepartment.createMany({ data: ids.flatMap((complaintId) => input.cooperatingIds.map((departmentId) => ({ complaintId, departmentId }))) });
    return ids;
  });
}
