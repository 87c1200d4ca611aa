import type { WebClient } from "@slack/web-api";
import type { ComplaintRecord } from "../../../domain/complaints/complaint-record.js";

/**
 * The temporary team of an urgent complaint: a private channel `#<prefix>-<customer>-<id>` with the
 * given members, or — where the workspace does not let the bot create channels — a group DM of them.
 * Returns the conversation id, or null when neither could be opened (the case goes on without it).
 * `suffix` tells a later team of the same case apart (a reopened case whose old channel stays archived).
 */
export async function openUrgentTeam(
  client: WebClient,
  record: ComplaintRecord,
  prefix: string,
  members: readonly string[],
  suffix?: string,
): Promise<{ channel: string; kind: "channel" | "group-dm" } | null> {
  const base = `${prefix}-${record.customer.key.toLowerCase().replace(/[^a-z0-9-]+/g, "-")}-${record.case.id}`;
  const name = `${base}${suffix ? `-${suffix}` : ""}`.slice(0, 80);
  const users = [...new Set(members)];
  try {
    const created = await client.conversations.create({ name, is_private: true });
    const channel = created.channel?.id;
    if (!channel) throw new Error("conversations.create returned no channel");
    if (users.length) await client.conversations.invite({ channel, users: users.join(",") });
    return { channel, kind: "channel" };
  } catch {
    // Channel creation restricted (or the name taken): a group DM has the same people. Slack allows 8.
    if (users.length < 2) return null;
    try {
      const opened = await client.conversations.open({ users: users.slice(0, 8).join(",") });
      return opened.channel?.id ? { channel: opened.channel.id, kind: "group-dm" } : null;
    } catch {
      return null;
    }
  }
}
