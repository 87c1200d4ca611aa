import { findCustomer } from "../../db/health/find-customer.js";
import type { CustomerHealthReport } from "../../domain/health/customer-health-report.js";
import type { CustomerProfile } from "../../domain/health/customer-profile.js";
import type { IsoDate } from "../../domain/health/health-inputs.js";
import { buildHealthReport } from "./build-health-report.js";
import type { HealthDeps } from "./health-deps.js";

export type OperatorScore =
  | { kind: "scored"; report: CustomerHealthReport }
  | { kind: "several"; candidates: CustomerProfile[]; more: boolean }
  | { kind: "none"; suggestions: CustomerProfile[] };

/**
 * `steward score <customer>`: the same lookup and rubric as `/customer score`, for the operator at the
 * terminal, who holds the database itself and so sees every score (no visibility rule to ask).
 */
export async function scoreForOperator(deps: HealthDeps, input: { query: string; asOf: IsoDate }): Promise<OperatorScore> {
  const found = await findCustomer(deps.db, input.query);
  if (found.kind !== "found") return found;
  return { kind: "scored", report: await buildHealthReport(deps.db, found.customer, input.asOf, deps) };
}
