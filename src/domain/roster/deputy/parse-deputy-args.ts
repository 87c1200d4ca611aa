import type { TypedPerson } from "../typed-person.js";
import { parseTypedPerson } from "../absence/parse-typed-person.js";

export const DEPUTY_EXAMPLE = "/customer deputy ACME @priya";

export type DeputyRequest = { customerKey: string; deputy: TypedPerson | null };

/** Reads `/customer deputy <customer key> @person` (or `none` to clear it); null with what is wrong otherwise. */
export function parseDeputyArgs(args: string): { ok: true; request: DeputyRequest } | { ok: false; field: "customer" | "deputy"; problem: string } {
  const [key, who, ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (!key) return { ok: false, field: "customer", problem: "name the customer by its key" };
  if (!who) return { ok: false, field: "deputy", problem: `name the deputy owner of ${key.slice(0, 40)} as @person, or none to clear it` };
  if (rest.length) return { ok: false, field: "deputy", problem: "only one person may follow the customer" };
  if (who.toLowerCase() === "none") return { ok: true, request: { customerKey: key, deputy: null } };
  const deputy = parseTypedPerson(who);
  if (!deputy) return { ok: false, field: "deputy", problem: `"${who.slice(0, 40)}" is not a person; write @name` };
  return { ok: true, request: { customerKey: key, deputy } };
}
