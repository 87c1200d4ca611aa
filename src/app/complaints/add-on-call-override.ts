import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { insertOnCallOverride } from "../../db/on-call/insert-on-call-override.js";
import { loadOnCall } from "../../db/on-call/load-on-call.js";
import { matchTypedPerson } from "../../domain/complaints/on-call/match-typed-person.js";
import { mayOverrideOnCall } from "../../domain/complaints/on-call/may-override-on-call.js";
import { OVERRIDE_USAGE, parseOverrideCommand } from "../../domain/complaints/on-call/parse-override-command.js";
import { overridePeriod } from "../../domain/complaints/on-call/resolve-on-call.js";
import type { Inline, Message } from "../../domain/messages/message.js";
import { actorOf } from "../../domain/roster/actor-of.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { TypedPerson } from "../../domain/roster/typed-person.js";

const notice = (text: Inline): Message => ({ text, parts: [{ kind: "text", text }] });
const code = (text: string): Inline => ({ kind: "code", text });
const mention = (person: RosterPerson): Inline => ({ kind: "mention", person: { name: person.name, ids: person.ids } });

/**
 * `/complaint oncall override @priya 2026-12-20..2026-12-27 for @lukas`: Priya holds every shift Lukas would
 * hold on those days (whole days in the team's zone). Admins and the covered person's department head only;
 * bad input names the field and the right form, and nothing is stored.
 */
export async function addOnCallOverride(db: Database, settings: TeamSettings, actor: RosterPerson, args: string, now: Date): Promise<Message> {
  const parsed = parseOverrideCommand(args);
  if (!parsed.ok) return notice(parsed.message);
  const onCall = await loadOnCall(db.prisma, settings.complaints.onCall, settings.calendar.timeZone, now);
  const one = (typed: TypedPerson, role: string): RosterPerson | Message => {
    const found = matchTypedPerson(onCall.people, typed);
    const shown = "handle" in typed ? `@${typed.handle}` : "that person";
    if (found.length === 1) return found[0]!;
    if (found.length === 0) return notice([`${role}: nobody on the roster is ${shown}. Name them by more of their name, e.g. `, code(OVERRIDE_USAGE), "."]);
    return notice(`${role}: ${shown} could be ${found.map((p) => p.name).join(", ")}. Name them by more of their name.`);
  };
  const person = one(parsed.person, "Who covers");
  if ("parts" in person) return person;
  const covered = one(parsed.forPerson, "For whom");
  if ("parts" in covered) return covered;
  if (!mayOverrideOnCall(actor, covered, onCall.departments)) {
    return notice(["Only admins and the head of ", mention(covered), "'s department may change who covers their on-call shifts. Nothing was changed."]);
  }
  if (person.id === covered.id) return notice(["For whom: a person cannot cover for themselves; name the person whose shifts are covered after ", code("for"), "."]);
  const rotations = onCall.rotations.filter((rotation) => rotation.memberIds.includes(covered.id));
  if (rotations.length === 0) return notice(["For whom: ", mention(covered), " is in no on-call rotation, so there are no shifts to cover. ", code("/complaint oncall"), " lists the rotations."]);
  const zone = settings.calendar.timeZone;
  const period = overridePeriod(parsed.from, parsed.to, zone);
  if (period.endsAt <= now) return notice([`The period: ${parsed.to} is over already; an override covers days to come, e.g. `, code(OVERRIDE_USAGE), "."]);
  const stored = await insertOnCallOverride(db, actorOf(actor), { personId: person.id, forPersonId: covered.id, ...period, createdAt: now });
  const text: Inline = [
    stored ? "" : "Already recorded: ",
    mention(person),
    " covers for ",
    mention(covered),
    ` ${parsed.from === parsed.to ? `on ${parsed.from}` : `from ${parsed.from} to ${parsed.to}`} (whole days, ${zone}) in ${rotations.map((r) => `${r.name} (tier ${r.tier})`).join(", ")}.`,
  ];
  return notice(text);
}
