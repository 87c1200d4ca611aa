import { findTypedPeople } from "../../db/health/find-typed-people.js";
import { loadPeopleByIds } from "../../db/roster/load-people-by-ids.js";
import { customerTableMessage } from "../../domain/health/customer-table-message.js";
import { evaluationDate } from "../../domain/health/evaluation-date.js";
import { NOT_ON_ROSTER } from "../../domain/health/not-on-roster.js";
import { type ListFilters, parseListFilters } from "../../domain/health/parse-list-filters.js";
import type { Inline, Message } from "../../domain/messages/message.js";
import { noticeMessage } from "../../domain/messages/notice-message.js";
import { mentionPerson } from "../../domain/roster/mention-person.js";
import type { PlatformIdentities } from "../../domain/roster/platform-identity.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { HealthDeps } from "./health-deps.js";
import { visibleScoredCustomers } from "./visible-scored-customers.js";

export const LIST_USAGE = "/customer list [grade <g>] [owner @x] [tier <t>]";
const PAGE_SIZE = 20;

/**
 * `/customer list`: the customers the person may see, best score first, filtered as typed; a page button
 * repeats the query with its filters (the owner already found, by roster id) for another page.
 */
export async function listCustomers(
  deps: HealthDeps,
  input: { actor: RosterPerson | null; request: { typed: string } | { filters: ListFilters; page: number }; now: Date },
): Promise<Message> {
  let filters: ListFilters;
  /** Who the owner filter names, for the heading; `unknown` when a mention names nobody on the roster. */
  let owner: { name: string; ids: PlatformIdentities; unknown?: true } | undefined;
  const page = "page" in input.request ? input.request.page : 0;
  if ("typed" in input.request) {
    const parsed = parseListFilters(input.request.typed, deps.health, LIST_USAGE);
    if (!parsed.ok) return noticeMessage(parsed.message);
    const { owner: typedOwner, ...typed } = parsed.filters;
    filters = typed;
    if (typedOwner) {
      const people = await findTypedPeople(deps.db, typedOwner);
      if (people.length === 1) {
        filters.ownerPersonId = people[0]!.id;
        owner = people[0]!;
      } else if ("identity" in typedOwner) {
        // A mention of someone not on the roster owns nothing: an empty table, naming them as mentioned.
        owner = { name: typedOwner.identity.id, ids: { [typedOwner.identity.platform]: typedOwner.identity.id }, unknown: true };
      } else {
        const handle: Inline = { kind: "code", text: typedOwner.handle };
        const problem: Inline = people.length === 0 ? ["Nobody on the roster is called ", handle, "."] : [handle, ` could be ${people.map((p) => p.name).join(", ")}.`];
        return noticeMessage([problem, " Name the owner by more of their name, e.g. ", { kind: "code", text: "/customer list owner @meichen" }, "."]);
      }
    }
  } else {
    filters = input.request.filters;
    if (filters.ownerPersonId !== undefined) {
      // A page button knows the owner's roster id only: name them as they are now.
      const found = (await loadPeopleByIds(deps.db, [filters.ownerPersonId])).get(filters.ownerPersonId);
      owner = found ?? { name: `person ${filters.ownerPersonId}`, ids: {} };
    }
  }
  if (!input.actor) return noticeMessage(NOT_ON_ROSTER);
  const asOf = evaluationDate(input.now, deps.timeZone);
  const scored = owner?.unknown ? [] : await visibleScoredCustomers(deps, input.actor, asOf, { tier: filters.tier, ownerPersonId: filters.ownerPersonId });
  const rows = scored
    .filter(({ score }) => !filters.grade || score.grade?.name === filters.grade)
    .sort((a, b) => (b.score.composite ?? -1) - (a.score.composite ?? -1) || a.customer.key.localeCompare(b.customer.key));
  const described: Inline[] = [
    filters.grade ? `grade ${filters.grade}` : null,
    filters.tier ? `tier ${filters.tier}` : null,
    owner ? ["owner ", mentionPerson(owner)] : null,
  ].filter((item) => item !== null);
  const joined: Inline = described.flatMap((item, i) => (i === 0 ? [item] : [", ", item]));
  return customerTableMessage({
    text: ["Customers", described.length ? [" (", joined, ")"] : "", `: ${rows.length}`],
    title: "Customers by health score",
    subtitle: [`As of ${asOf}`, described.length ? [" · ", joined] : ""],
    rows,
    page: Math.min(page, Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)),
    pageSize: PAGE_SIZE,
    state: { k: "list", f: filters },
  });
}
