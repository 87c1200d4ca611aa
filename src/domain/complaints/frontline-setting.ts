import { z } from "zod";

const groupSetting = z.strictObject(
  { group: z.string().trim().min(1, "the group is a department's name, e.g. `Customer Care`") },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "only `group` may be given, e.g. `{ group: Customer Care }`" : undefined) },
);

/**
 * Whose `frontline` people are tier 1 of a case, beside the customer's owner (issue 10 §2): the lead
 * department's (default), the lead and cooperating departments' (`case-departments`), or one named
 * customer-service group's — a department on the roster — for every case (`{ group: Customer Care }`).
 * Frontline people elsewhere in the company are not on the case.
 */
export const frontlineSettingSchema = z
  .union([z.enum(["lead-department", "case-departments"]), groupSetting], {
    error: "`lead-department`, `case-departments` or a department name as `{ group: Customer Care }`",
  })
  .default("lead-department");

export type FrontlineSetting = z.infer<typeof frontlineSettingSchema>;
