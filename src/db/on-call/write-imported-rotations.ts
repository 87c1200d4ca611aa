import type { ParsedFile } from '../../import/parsed-file.js';
import { LIST_SEPARATOR } from '../../import/fields/parse-list.js';
import type { Tx } from '../with-actor.js';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const lengthDays = (length: string) => (length === 'daily' ? 1 : length === 'weekly' ? 7 : Number(length.slice(0, -1)));

/**
 * Writes a checked `rotations` import: each row is the rotation of its tier and department (`scope`),
 * inserted or updated where something differs — importing the same file again changes nothing.
 */
export async function writeImportedRotations(tx: Tx, file: ParsedFile): Promise<{ inserted: number; updated: number }> {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]!.toArray();
  const [names, tiers, departmentNames, zones, lengths, weekdays, times, starts, members] = ['name', 'tier', 'department', 'time_zone', 'length', 'handoff_weekday', 'handoff_time', 'starts_on', 'members'].map(column);
  const departments = await tx.department.findMany({ select: { id: true, name: true } });
  const identities = await tx.personIdentity.findMany({ where: { platform: 'slack' }, select: { personId: true, externalId: true } });
  const personId = new Map(identities.map((i) => [i.externalId, i.personId]));
  let inserted = 0;
  let updated = 0;
  for (let row = 0; row < file.lines.length; row++) {
    const departmentId = departmentNames![row] ? departments.find((d) => d.name.toLowerCase() === departmentNames![row]!.toLowerCase())!.id : null;
    const tier = Number(tiers![row]);
    const scope = departmentId === null ? `tier${tier}` : `tier${tier}:${departmentId}`;
    const data = {
      name: names![row]!,
      tier,
      departmentId,
      timeZone: zones![row]!,
      lengthDays: lengthDays(lengths![row]!),
      handoffWeekday: weekdays![row] ? WEEKDAYS.indexOf(weekdays![row]!) + 1 : null,
      handoffTime: times![row]!,
      startsOn: new Date(`${starts![row]}T00:00:00Z`),
      memberIds: members![row]!.split(LIST_SEPARATOR).map((id) => personId.get(id)!),
    };
    const existing = await tx.onCallRotation.findUnique({ where: { scope } });
    if (!existing) {
      await tx.onCallRotation.create({ data: { scope, ...data } });
      inserted++;
      continue;
    }
    const same =
      existing.name === data.name &&
      existing.timeZone === data.timeZone &&
      existing.lengthDays === data.lengthDays &&
      existing.handoffWeekday === data.handoffWeekday &&
      existing.handoffTime === data.handoffTime &&
      existing.startsOn.getTime() === data.startsOn.getTime() &&
      existing.memberIds.join() === data.memberIds.join();
    if (same) continue;
    await tx.onCallRotation.update({ where: { scope }, data });
    updated++;
  }
  return { inserted, updated };
}
