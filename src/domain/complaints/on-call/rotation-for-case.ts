import type { EscalationTier } from "../complaint-case.js";
import type { Rotation } from "./rotation.js";

/** The rotation covering `tier` of a case: its lead department's own, else the tier's group rotation, else none. */
export function rotationForCase(rotations: readonly Rotation[], tier: EscalationTier, leadDepartmentId: number | null): Rotation | null {
  const ofTier = rotations.filter((rotation) => rotation.tier === tier);
  return (
    (leadDepartmentId !== null ? ofTier.find((rotation) => rotation.departmentId === leadDepartmentId) : undefined) ??
    ofTier.find((rotation) => rotation.departmentId === null) ??
    null
  );
}
