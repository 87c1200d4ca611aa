import { addDays } from "../../calendar/add-days.js";
import { parseTimeOfDay } from "../../calendar/parse-time-of-day.js";
import { zonedTimeToUtc } from "../../calendar/zoned-time-to-utc.js";
import { rotationLengthDays, type OnCallSettings } from "./on-call-settings.js";
import type { PlatformIdentities } from "../../roster/platform-identity.js";
import type { OnCallOverride, Rotation } from "./rotation.js";

export interface NamedPerson {
  id: number;
  name: string;
  ids: PlatformIdentities;
}

export interface ResolvedOnCall {
  rotations: Rotation[];
  overrides: OnCallOverride[];
  /** What of the settings file did not match the roster (shown by `/complaint oncall`, logged by the scheduler). */
  problems: string[];
}

/**
 * The rotations and overrides in force: the settings file's, matched to the roster (a person by their id
 * on a platform or name ignoring case, a department by name), with the database's on top — a stored rotation (imported
 * or edited in chat) replaces the settings rotation of the same tier and department, and stored overrides
 * count as newer than the settings file's. Unmatched names are left out and reported, never guessed.
 */
export function resolveOnCall(
  settings: OnCallSettings,
  stored: { rotations: readonly Rotation[]; overrides: readonly OnCallOverride[] },
  roster: { people: readonly NamedPerson[]; departments: readonly { id: number; name: string }[] },
  teamTimeZone: string,
): ResolvedOnCall {
  const problems: string[] = [];
  const person = (reference: string, where: string): number | null => {
    const byId = roster.people.find((p) => Object.values(p.ids).includes(reference));
    if (byId) return byId.id;
    const named = roster.people.filter((p) => p.name.toLowerCase() === reference.toLowerCase());
    if (named.length === 1) return named[0]!.id;
    problems.push(named.length === 0 ? `${where}: nobody on the roster is called “${reference}”` : `${where}: ${named.length} people are called “${reference}”; name them by their Slack or Teams user id`);
    return null;
  };
  const scope = (tier: number, departmentId: number | null) => `${tier}|${departmentId ?? "*"}`;
  const storedScopes = new Set(stored.rotations.map((rotation) => scope(rotation.tier, rotation.departmentId)));

  const rotations: Rotation[] = [];
  for (const setting of settings.rotations) {
    let departmentId: number | null = null;
    if (setting.department !== undefined) {
      const department = roster.departments.find((d) => d.name.toLowerCase() === setting.department!.toLowerCase());
      if (!department) {
        problems.push(`rotation “${setting.name}”: no department is called “${setting.department}”`);
        continue;
      }
      departmentId = department.id;
    }
    if (storedScopes.has(scope(setting.tier, departmentId))) continue;
    const memberIds = setting.members.map((member) => person(member, `rotation “${setting.name}”`)).filter((id): id is number => id !== null);
    rotations.push({
      name: setting.name,
      tier: setting.tier,
      departmentId,
      timeZone: setting.timeZone,
      lengthDays: rotationLengthDays(setting.length),
      handoffMinute: parseTimeOfDay(setting.handoff.time),
      startsOn: setting.startsOn,
      memberIds,
      source: "settings",
    });
  }

  const overrides: OnCallOverride[] = [];
  for (const setting of settings.overrides) {
    const where = `override ${setting.person} for ${setting.for}`;
    const personId = person(setting.person, where);
    const forPersonId = person(setting.for, where);
    if (personId === null || forPersonId === null) continue;
    overrides.push({ personId, forPersonId, ...overridePeriod(setting.from, setting.to, teamTimeZone), createdAt: new Date(0) });
  }
  return { rotations: [...rotations, ...stored.rotations], overrides: [...overrides, ...stored.overrides], problems };
}

/** Whole days `from`…`to` (inclusive) in `zone`: from `from` 00:00 to the midnight after `to`. */
export function overridePeriod(from: string, to: string, zone: string): { startsAt: Date; endsAt: Date } {
  return { startsAt: zonedTimeToUtc(from, 0, zone), endsAt: zonedTimeToUtc(addDays(to, 1), 0, zone) };
}
