import { actorOf } from "../roster/actor-of.js";
import type { RosterPerson } from "../roster/roster-person.js";
import { ACCESS_TABLE, type AccessRow, NO_ROLE, REACHES, type Reach } from "./access-table.js";
import type { AccessSubject } from "./access-subject.js";
import type { DataKind } from "./data-kind.js";

/** The person asking, with the departments they head (a head's reach covers the departments they head). */
export interface AccessViewer {
  person: RosterPerson;
  headOfDepartmentIds: readonly number[];
}

/** How far this person reaches for `kind`: the widest reach of their roles. */
export function reachOf(person: RosterPerson, kind: DataKind): Reach {
  const rows: AccessRow[] = person.roles.length ? person.roles : [NO_ROLE];
  return rows.reduce<Reach>((widest, role) => {
    const reach = ACCESS_TABLE[role][kind];
    return REACHES.indexOf(reach) > REACHES.indexOf(widest) ? reach : widest;
  }, "none");
}

/**
 * The one visibility rule: may `viewer` see the `kind` data of `subject`? Every command, button, view and
 * job that shows customer data asks this (the viewer from src/app/roster/load-access-viewer.ts); nothing else decides visibility.
 */
export function mayAccess(viewer: AccessViewer, kind: DataKind, subject: AccessSubject): boolean {
  const reach = reachOf(viewer.person, kind);
  if (reach === "all") return true;
  if (reach === "none") return false;
  const { person } = viewer;
  // A case names who filed, acknowledged or resolved it the way every change is recorded: by actorOf.
  const own = subject.ownerId === person.id || subject.involvedActors.includes(actorOf(person));
  if (own) return true;
  if (reach === "own") return false;
  const departments = [subject.ownerDepartmentId, ...subject.caseDepartmentIds].filter((id): id is number => id !== null);
  return departments.some((id) => id === person.departmentId || viewer.headOfDepartmentIds.includes(id));
}
