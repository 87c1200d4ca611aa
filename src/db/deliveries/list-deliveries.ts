import type { DeliveryText } from "../../domain/deliveries/delivery-text.js";
import type { Inline } from "../../domain/messages/message.js";
import type { Database } from "../database.js";

export interface DeliveryLogEntry {
  key: string;
  rule: string;
  recipient: string;
  recipientName: string | null;
  customerKey: string | null;
  status: string;
  dueAt: Date;
  sentAt: Date | null;
  late: boolean;
  attempts: number;
  lastError: string | null;
  /** Where the sent message lives on its platform (message_platform): its channel and id there. */
  messageChannel: string | null;
  messageId: string | null;
  text: DeliveryText;
}

/** The ledger, newest first: what was sent (or not), to whom, when; optionally for one customer. */
export async function listDeliveries(db: Database, options: { customerId?: number; limit: number; statuses?: string[]; dueBy?: Date }): Promise<DeliveryLogEntry[]> {
  const rows = await db.prisma.$queryRawUnsafe<Array<Record<string, unknown>>>(
    `SELECT d.key, d.rule, d.recipient, p.name AS recipient_name, c.key AS customer_key, d.status, d.due_at, d.sent_at, d.late,
            d.attempts, d.last_error, d.message_channel, d.message_id, coalesce(d.payload->>'text', '') AS text,
            d.payload->'message'->'text' AS message_text
     FROM deliveries d
     LEFT JOIN person_identities pi ON pi.platform = 'slack' AND pi.external_id = d.recipient
     LEFT JOIN people p ON p.id = pi.person_id
     LEFT JOIN customers c ON c.id = d.customer_id
     WHERE ($1::int IS NULL OR d.customer_id = $1)
       AND ($2::text[] IS NULL OR d.status = ANY($2::text[]))
       AND ($3::timestamptz IS NULL OR d.due_at <= $3)
     ORDER BY coalesce(d.sent_at, d.due_at) DESC, d.key
     LIMIT $4`,
    options.customerId ?? null,
    options.statuses ?? null,
    options.dueBy ?? null,
    options.limit,
  );
  return rows.map((r) => ({
    key: String(r.key),
    rule: String(r.rule),
    recipient: String(r.recipient),
    recipientName: (r.recipient_name as string | null) ?? null,
    customerKey: (r.customer_key as string | null) ?? null,
    status: String(r.status),
    dueAt: new Date(r.due_at as string),
    sentAt: r.sent_at ? new Date(r.sent_at as string) : null,
    late: Boolean(r.late),
    attempts: Number(r.attempts),
    lastError: (r.last_error as string | null) ?? null,
    messageChannel: (r.message_channel as string | null) ?? null,
    messageId: (r.message_id as string | null) ?? null,
    text: r.message_text !== null && r.message_text !== undefined ? { kind: "neutral", text: r.message_text as Inline } : { kind: "stored", mrkdwn: String(r.text) },
  }));
}
