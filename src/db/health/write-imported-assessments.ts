import type { HealthSettings } from "../../domain/health/health-settings.js";
import { ImportProblems } from "../../import/import-problems.js";
import type { ParsedFile } from "../../import/parsed-file.js";
import { checkAssessmentRows } from "../../import/types/check-assessment-rows.js";
import type { Tx } from "../with-actor.js";
import { saveAssessmentSnapshot } from "./save-assessment-snapshot.js";

const OVERRIDES = ["stability", "satisfaction", "engagement", "risk"];

/**
 * Writes a checked `assessments` import: each row becomes a snapshot scored with the evidence as of its
 * date. Assessments are never rewritten, so a row whose customer already has one that day is skipped —
 * importing the same file again changes nothing.
 */
export async function writeImportedAssessments(
  tx: Tx,
  file: ParsedFile,
  context: { actor: string; now: Date; settings: { health: HealthSettings; calendar: { timeZone: string } } },
): Promise<{ inserted: number; updated: number }> {
  // The cross-row rule (an override needs a reason) is checked before writing when the import runs
  // checkAssessmentRows; this guard keeps an unchecked file from ever storing an unexplained override.
  const problems = new ImportProblems(1);
  checkAssessmentRows(file, problems);
  if (problems.total > 0) throw new Error(problems.format()[0]);
  const settings = { health: context.settings.health, timeZone: context.settings.calendar.timeZone };
  const column = (name: string) => file.values[file.type.columns.findIndex((c) => c.name === name)]?.toArray() ?? [];
  const [customers, dates, needsFit, reasons, assessors] = ["customer", "assessed_on", "needs_fit", "reason", "assessor"].map(column);
  const overrides = OVERRIDES.map((name) => ({ name, values: column(name) }));

  const keys = [...new Set(customers!.filter((k): k is string => k !== null))];
  const slackIds = [...new Set(assessors!.filter((k): k is string => k !== null))];
  const [customerRows, people] = await Promise.all([
    tx.customer.findMany({ where: { key: { in: keys } }, select: { id: true, key: true } }),
    tx.personIdentity.findMany({
      where: { platform: "slack", externalId: { in: slackIds } },
      select: { externalId: true, person: { select: { id: true, name: true } } },
    }),
  ]);
  const customerIds = new Map(customerRows.map((c) => [c.key, c.id]));
  const peopleBySlack = new Map(people.map((p) => [p.externalId, p.person]));

  let inserted = 0;
  for (let row = 0; row < file.lines.length; row++) {
    const customerId = customerIds.get(customers![row]!)!;
    const assessedOn = dates![row]!;
    const existing = await tx.assessment.findUnique({
      where: { customerId_assessedOn: { customerId, assessedOn: new Date(`${assessedOn}T00:00:00Z`) } },
      select: { id: true },
    });
    if (existing) continue;
    // An empty assessor cell: the assessment is attributed to whoever imports it.
    const person = assessors![row] ? peopleBySlack.get(assessors![row]!) : undefined;
    const assessor = person ? { id: person.id, name: person.name } : { id: null, name: context.actor };
    await saveAssessmentSnapshot(
      tx,
      {
        customerId,
        assessedOn,
        assessor,
        draft: {
          needsFit: Number(needsFit![row]),
          overrides: overrides
            .filter((o) => o.values[row] != null)
            .map((o) => ({ dimension: o.name, score: Number(o.values[row]), reason: reasons![row] ?? "" })),
          keyProblems: [],
          actions: [],
        },
        recordedAt: context.now,
        recordedBy: context.actor,
        source: { file: file.file, line: file.lines[row] },
      },
      settings,
    );
    inserted += 1;
  }
  return { inserted, updated: 0 };
}
