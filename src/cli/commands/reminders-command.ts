import { loadConfig } from "../../config/load-config.js";
import type { TeamSettings } from "../../config/team-settings.js";
import type { Database } from "../../db/database.js";
import type { DeliveryLogEntry } from "../../db/deliveries/list-deliveries.js";
import type { DeliveryText } from "../../domain/deliveries/delivery-text.js";
import { listReminderLog } from "../../app/reminders/list-reminder-log.js";
import { previewDueReminders } from "../../app/reminders/preview-due-reminders.js";
import { renderMrkdwn } from "../../slack/render/render-mrkdwn.js";
import type { CliCommand } from "../cli-command.js";
import { InputError } from "../input-error.js";
import { openStore } from "../open-store.js";
import { parseCliArgs } from "../parse-cli-args.js";
import { countOf } from "../../domain/text/count-of.js";

const help = `Usage:
  steward reminders due [--at <ISO time>] [--json]
      What the scheduler would send at that moment (default: now), without sending anything:
      items the reminder rules find due and not sent yet, and anything queued in the delivery ledger —
      as if the scheduler ticked at that moment with the ledger as it is now (so items that a running
      Steward would have sent earlier show as LATE).
      --at takes an ISO 8601 time with its zone, e.g. 2026-11-24T09:00+08:00 or 2026-11-24T01:00Z.
  steward reminders log [--customer <key>] [--limit <n>] [--json]
      What was sent, to whom and when (newest first), and what failed or was skipped, and why.`;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

export const remindersCommand: CliCommand = {
  help,
  async run(argv) {
    const { values, positionals } = parseCliArgs(
      argv,
      { at: { type: "string" }, json: { type: "boolean" }, customer: { type: "string" }, limit: { type: "string" } },
      help,
    );
    if (values.help) {
      console.log(help);
      return 0;
    }
    const [sub, ...extra] = positionals;
    if ((sub !== "due" && sub !== "log") || extra.length) {
      throw new InputError(`steward reminders: expected "due" or "log"${sub ? `, got "${[sub, ...extra].join(" ")}"` : ""}\n\n${help}`);
    }
    const parsedAt = values.at === undefined ? undefined : parseAt(values.at);
    const limit = values.limit === undefined ? 50 : parseLimit(values.limit);
    const config = loadConfig(process.env);
    const at = parsedAt ?? config.clock.now();
    const { db } = await openStore(config.env);
    try {
      if (sub === "due") {
        if (values.customer) throw new InputError(`--customer belongs to "steward reminders log"\n\n${help}`);
        return await printDue(db, config.settings, at, Boolean(values.json));
      }
      if (values.at) throw new InputError(`--at belongs to "steward reminders due"\n\n${help}`);
      const log = await listReminderLog(db, { customerKey: values.customer || undefined, limit });
      if (log.kind === "unknown-customer") {
        throw new InputError(`--customer: no customer with key "${values.customer}" (keys are like ACME; "steward reminders log" without --customer lists all)`);
      }
      const entries = log.entries.map((entry) => ({ ...entry, text: deliveryText(entry.text) }));
      if (values.json) console.log(JSON.stringify(entries, null, 2));
      else console.log(entries.length ? entries.map(describeLogEntry).join("\n") : "The delivery ledger is empty: nothing sent yet.");
      return 0;
    } finally {
      await db.close();
    }
  },
};

function parseAt(value: string): Date {
  const at = new Date(value);
  if (!ISO_WITH_ZONE.test(value) || Number.isNaN(at.getTime())) {
    throw new InputError(`--at: "${value}" is not an ISO 8601 time with a zone; e.g. 2026-11-24T09:00+08:00 or 2026-11-24T01:00Z`);
  }
  return at;
}

function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new InputError(`--limit: "${value}" is not a whole number from 1 to 10000, e.g. --limit 100`);
  return n;
}

async function printDue(db: Database, settings: TeamSettings, at: Date, json: boolean): Promise<number> {
  const preview = await previewDueReminders(db, settings, at);
  const items = preview.items.map((item) => ({ ...item, text: deliveryText(item.text) }));
  if (json) {
    console.log(JSON.stringify({ at: at.toISOString(), items, problems: preview.problems }, null, 2));
    return 0;
  }
  console.log(`What Steward would send at ${at.toISOString()} (nothing is sent): ${countOf(items.length, "item")}.`);
  let recipient = "";
  for (const item of items) {
    if (item.recipient !== recipient) {
      recipient = item.recipient;
      console.log(`\n→ ${recipient}`);
    }
    console.log(`  ${item.dueAt.toISOString()}  ${item.status.padEnd(7)} ${item.late ? "LATE " : ""}${item.key}\n      ${item.text}`);
  }
  for (const problem of preview.problems) console.log(`! ${problem}`);
  return 0;
}

/** A row's line as Slack shows it (the listings have always shown mrkdwn). */
function deliveryText(text: DeliveryText): string {
  return text.kind === "neutral" ? renderMrkdwn(text.text) : text.mrkdwn;
}

function describeLogEntry(entry: Omit<DeliveryLogEntry, "text">): string {
  const when = (entry.sentAt ?? entry.dueAt).toISOString();
  const to = entry.recipientName ? `${entry.recipient} (${entry.recipientName})` : entry.recipient;
  const detail =
    entry.status === "sent"
      ? `message ${entry.messageChannel}/${entry.messageId}${entry.late ? ", late" : ""}`
      : `${entry.lastError ?? ""}${entry.attempts ? ` (attempts: ${entry.attempts})` : ""}`;
  return `${when}  ${entry.status.padEnd(7)} → ${to}  ${entry.key}${entry.customerKey ? ` [${entry.customerKey}]` : ""}\n    ${detail}`;
}
