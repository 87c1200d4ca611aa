import { overridePeriod } from '../../domain/complaints/on-call/resolve-on-call.js';
import type { ParsedFile } from '../../import/parsed-file.js';
import type { Tx } from '../with-actor.js';

/**
 * Writes a checked `overrides` import: each row's days become a period in the team's time zone (the
 * midnight before `from` to the midnight after `to`); a row already stored is left alone.
 */
export async function writeImportedOverrides(tx: Tx, file: ParsedFile, context: { now: Date; settings: { calendar: { timeZone: string } } }): Promise<{ inserted: number; updated: number }> {
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]!.toArray();
  const [persons, covered, froms, tos] = ['person', 'for', 'from', 'to'].map(column);
  const identities = await tx.personIdentity.findMany({ where: { platform: 'slack' }, select: { personId: true, externalId: true } });
  const personId = new Map(identities.map((i) => [i.externalId, i.personId]));
  const data = file.lines.map((_, row) => ({
    personId: personId.get(persons![row]!)!,
    forPersonId: personId.get(covered![row]!)!,
    ...overridePeriod(froms![row]!, tos![row]!, context.settings.calendar.timeZone),
    createdAt: context.now,
  }));
  const written = await tx.onCallOverride.createMany({ data, skipDuplicates: true });
  return { inserted: written.count, updated: 0 };
}
