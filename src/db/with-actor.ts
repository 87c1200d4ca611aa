import type { Prisma } from "../generated/prisma/client.js";
import type { Database } from "./database.js";

export type Tx = Prisma.TransactionClient;

export interface ActorOptions {
  /** Milliseconds the transaction may run; bulk imports need more than the default. */
  timeout?: number;
}

/**
 * Runs `work` in one transaction attributed to `actor` (an actor name: a bare Slack id, `teams:…`,
 * `person:<id>`; `steward`; `cli:<os user>`); the audit triggers refuse writes that name nobody. Inside, use only `tx`:
 * on the embedded store a query through `db.prisma` would wait for this very transaction.
 */
export async function withActor<T>(
  db: Database,
  actor: string,
  work: (tx: Tx) => Promise<T>,
  options: ActorOptions = {},
): Promise<T> {
  return db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('steward.actor', ${actor}, true)`;
      return work(tx);
    },
    { timeout: options.timeout ?? 30_000, maxWait: 15_000 },
  );
}
