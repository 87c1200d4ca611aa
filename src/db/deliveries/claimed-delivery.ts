import type { DeliveryPayload, StoredSlackPayload } from "../../domain/deliveries/delivery-request.js";

/** A ledger row this process has claimed and must now send (or prove already sent). */
export interface ClaimedDelivery {
  id: string;
  key: string;
  rule: string;
  customerId: number | null;
  recipient: string;
  dueAt: Date;
  late: boolean;
  attempts: number;
  payload: DeliveryPayload | StoredSlackPayload;
  /** Claimed before by a process that never finished: Slack may already have it. */
  stale: boolean;
}
