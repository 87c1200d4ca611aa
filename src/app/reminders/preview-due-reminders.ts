import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import { deliveryStatuses } from "../../db/deliveries/delivery-statuses.js";
import { listDeliveries } from "../../db/deliveries/list-deliveries.js";
import type { DeliveryText } from "../../domain/deliveries/delivery-text.js";
import { planReminders } from "./plan-reminders.js";

export interface PreviewedDelivery {
  key: string;
  rule: string;
  recipient: string;
  dueAt: Date;
  late: boolean;
  text: DeliveryText;
  /** `new` for an item the rules find due that the ledger does not hold yet. */
  status: string;
}

/**
 * What the scheduler would send at `at`, without sending or recording anything: the items the rules
 * find due and not sent yet, and whatever the ledger holds queued — as if it ticked then with the
 * ledger as it is now. Ordered by recipient, then due time.
 */
export async function previewDueReminders(db: Database, settings: TeamSettings, at: Date): Promise<{ items: PreviewedDelivery[]; problems: string[] }> {
  const plan = await planReminders(db, settings, at);
  const statuses = await deliveryStatuses(db, plan.due.map((item) => item.key));
  const fromRules = plan.due
    .filter((item) => !["sent", "skipped", "claimed"].includes(statuses.get(item.key) ?? ""))
    .map((item) => plan.toRequest(item, item))
    .map(
      (request): PreviewedDelivery => ({
        key: request.key,
        rule: request.rule,
        recipient: request.recipient,
        dueAt: request.dueAt,
        late: request.late ?? false,
        text: request.payload.message ? { kind: "neutral", text: request.payload.message.text } : { kind: "stored", mrkdwn: request.payload.text },
        status: statuses.get(request.key) ?? "new",
      }),
    );
  const known = new Set(fromRules.map((item) => item.key));
  const queued = (await listDeliveries(db, { statuses: ["pending", "failed"], dueBy: at, limit: 10_000 }))
    .filter((entry) => !known.has(entry.key))
    .map((entry): PreviewedDelivery => ({ key: entry.key, rule: entry.rule, recipient: entry.recipient, dueAt: entry.dueAt, late: entry.late, text: entry.text, status: entry.status }));
  const items = [...fromRules, ...queued]
    .filter((item) => item.dueAt <= at)
    .sort((a, b) => a.recipient.localeCompare(b.recipient) || a.dueAt.getTime() - b.dueAt.getTime());
  return { items, problems: plan.problems };
}
