import type { Database } from "../database.js";

/** A delivery's ledger status and, once sent, where its message lives; null when the ledger has no such key. */
export async function findPostedDelivery(
  db: Database,
  key: string,
): Promise<{ status: string; channel: string | null; id: string | null } | null> {
  const row = await db.prisma.delivery.findUnique({ where: { key }, select: { status: true, messageChannel: true, messageId: true } });
  return row ? { status: row.status, channel: row.messageChannel, id: row.messageId } : null;
}
