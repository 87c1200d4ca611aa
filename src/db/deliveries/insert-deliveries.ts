import type { Tx } from "../with-actor.js";
import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";

const CHUNK = 1_000;

/** INSERT … ON CONFLICT (key) DO NOTHING, in chunks; returns the keys actually inserted. */
export async function insertDeliveries(tx: Tx, requests: readonly DeliveryRequest[]): Promise<string[]> {
  const inserted: string[] = [];
  for (let start = 0; start < requests.length; start += CHUNK) {
    const chunk = requests.slice(start, start + CHUNK);
    const rows = await tx.$queryRawUnsafe<{ key: string }[]>(
      `INSERT INTO deliveries (key, rule, customer_id, recipient, due_at, late, payload)
       SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::timestamptz[], $6::boolean[], $7::jsonb[])
       ON CONFLICT (key) DO NOTHING
       RETURNING key`,
      chunk.map((r) => r.key),
      chunk.map((r) => r.rule),
      chunk.map((r) => r.customerId ?? null),
      chunk.map((r) => r.recipient),
      chunk.map((r) => r.dueAt.toISOString()),
      chunk.map((r) => r.late ?? false),
      chunk.map((r) => JSON.stringify(r.payload)),
    );
    inserted.push(...rows.map((row) => row.key));
  }
  return inserted;
}
