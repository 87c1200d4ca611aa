import type { Tx } from "../db/with-actor.js";
import { insertDeliveries } from "../db/deliveries/insert-deliveries.js";
import type { DeliveryRequest } from "../domain/deliveries/delivery-request.js";

export type { DeliveryRequest } from "../domain/deliveries/delivery-request.js";

/**
 * Records side effects in the delivery ledger inside the caller's transaction. A key already present
 * is left alone (ON CONFLICT (key) DO NOTHING), so any number of replicas and ticks may enqueue the
 * same occurrence. Returns the keys that were new.
 */
export async function enqueueDeliveries(tx: Tx, requests: readonly DeliveryRequest[]): Promise<string[]> {
  return insertDeliveries(tx, requests);
}
