import { Prisma } from "../../generated/prisma/client.js";
import type { Tx } from "../with-actor.js";
import type { ComplaintRecord } from "../../domain/complaints/complaint-record.js";
import { selectComplaintRecords } from "./select-complaint-records.js";

/** The cases with these ids (missing ids are left out), in the order asked. */
export async function loadComplaintRecords(tx: Tx, ids: readonly number[]): Promise<ComplaintRecord[]> {
  if (ids.length === 0) return [];
  const records = await selectComplaintRecords(tx, Prisma.sql`SELECT unnest(${[...ids]}::int[]) AS id`);
  const byId = new Map(records.map((record) => [record.case.id, record]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
