import type { Inline, Message, Part } from "../../messages/message.js";
import { formatMoment } from "../format-moment.js";
import { onCallAt } from "./on-call-at.js";
import type { PlatformIdentities } from "../../roster/platform-identity.js";
import type { OnCallOverride, Rotation } from "./rotation.js";

export interface OnCallViewInput {
  rotations: readonly Rotation[];
  overrides: readonly OnCallOverride[];
  people: readonly { id: number; name: string; ids: PlatformIdentities }[];
  departments: readonly { id: number; name: string }[];
  /** What of the settings file did not match the roster. */
  problems: readonly string[];
  now: Date;
  /** The reader's zone: every time is shown in it. */
  timeZone: string;
}

/**
 * `/complaint oncall`: for each tier's rotations, which departments' cases it covers, who holds it now
 * (and whom they cover for) and who takes over next, from when. Tiers without a rotation say that the
 * whole tier is paged.
 */
export function onCallMessage(input: OnCallViewInput): Message {
  const { now, timeZone } = input;
  const person = (id: number | null): Inline => {
    const found = input.people.find((p) => p.id === id);
    return found ? { kind: "mention", person: { name: found.name, ids: found.ids } } : "nobody";
  };
  const holder = (holderId: number | null, coveringFor: number | null): Inline =>
    coveringFor === null ? person(holderId) : [person(holderId), " (covering for ", person(coveringFor), ")"];
  const departmentName = (id: number) => input.departments.find((d) => d.id === id)?.name ?? `department ${id}`;
  const parts: Part[] = [{ kind: "heading", text: "Who is on call" }];
  for (const tier of [1, 2, 3] as const) {
    const rotations = input.rotations.filter((rotation) => rotation.tier === tier);
    if (rotations.length === 0) {
      parts.push({ kind: "text", text: [{ kind: "strong", content: `Tier ${tier}` }, ": no rotation — every person of the tier is paged at once."] });
      continue;
    }
    const own = rotations.filter((rotation) => rotation.departmentId !== null).map((rotation) => departmentName(rotation.departmentId!));
    for (const rotation of rotations) {
      const covers =
        rotation.departmentId !== null
          ? `${departmentName(rotation.departmentId)} cases`
          : own.length
            ? `every department's cases but ${own.join(", ")}`
            : "every department's cases";
      const shift = onCallAt(rotation, input.overrides, now);
      const lines: Inline[] = [
        [{ kind: "strong", content: `Tier ${tier} · ${rotation.name}` }, ` (${covers})`],
        ["\nNow: ", shift.holderId === null ? "nobody yet" : holder(shift.holderId, shift.coveringFor)],
        shift.next
          ? ["\nNext: ", holder(shift.next.holderId, shift.next.coveringFor), ` from ${formatMoment(shift.next.at, now, timeZone)}`]
          : "\nNext: nobody else (a one-person rotation)",
      ];
      parts.push({ kind: "text", text: lines });
    }
  }
  parts.push({ kind: "note", text: `Times in ${timeZone}. The person on call is paged first; the rest of the tier if they do not acknowledge in time.` });
  if (input.problems.length) parts.push({ kind: "note", text: [{ kind: "icon", name: "warning" }, ` Not matched to the roster, left out: ${input.problems.join("; ")}.`] });
  return { text: "Who is on call", parts };
}
