import { describe, expect, it } from "vitest";
import type { ClaimedDelivery } from "../../src/db/deliveries/claimed-delivery.js";
import type { DeliveryPayload, StoredSlackPayload } from "../../src/domain/deliveries/delivery-request.js";
import type { Inline } from "../../src/domain/messages/message.js";
import { digestMessage } from "../../src/domain/reminders/digest-message.js";
import { reminderItemMessage, remarkItemMessage } from "../../src/domain/reminders/reminder-item-message.js";
import { composeMessages } from "../../src/scheduler/compose-messages.js";
import { renderMessage } from "../../src/slack/render/render-message.js";

const BIRTHDAY = "birthday:contact-1:2026-11-24";
const FOLLOW_UP = "follow-up:customer-2:2026-11-24";
const birthdayText: Inline = [{ kind: "icon", name: "birthday" }, " ", { kind: "strong", content: "Zhang & <Min>" }, " at ", "ACME", " has a birthday today."];
const birthday = {
  key: BIRTHDAY,
  text: birthdayText,
  detail: ["Suggested greeting: “Happy birthday, ", "Zhang", "!”"],
  customerKey: "ACME",
  snoozeDays: [1, 7, 3],
};
const followUp = { key: FOLLOW_UP, text: [{ kind: "strong", content: ["Follow up with ", "*Beta*"] }, " — every 30 days."] as Inline, detail: null, customerKey: null, snoozeDays: [1] };

// The Block Kit the digest builders in src/slack/blocks/reminders produced before the ledger held
// neutral messages, written out: the neutral digest must render to exactly this.
const birthdayLine = ":birthday: *Zhang &amp; &lt;Min&gt;* at ACME has a birthday today. _(late: was due Tue 24 Nov 09:00)_";
const followUpLine = "*Follow up with ∗Beta∗* — every 30 days.";
const expectedBlocks = [
  { type: "section", text: { type: "mrkdwn", text: ":bell: *2 reminders for you (part 1 of 2)*\n:hourglass: 1 of these came due while Steward was offline — sent late." } },
  { type: "section", block_id: `reminder:${BIRTHDAY}`, text: { type: "mrkdwn", text: `${birthdayLine}\nSuggested greeting: “Happy birthday, Zhang!”` } },
  {
    type: "actions",
    block_id: `reminder-actions:${BIRTHDAY}`,
    elements: [
      { type: "button", action_id: "reminder_done", text: { type: "plain_text", text: "Done" }, style: "primary", value: JSON.stringify({ k: BIRTHDAY }) },
      {
        type: "static_select",
        action_id: "reminder_snooze",
        placeholder: { type: "plain_text", text: "Snooze" },
        options: [
          { text: { type: "plain_text", text: "Snooze 1 day" }, value: JSON.stringify({ k: BIRTHDAY, d: 1 }) },
          { text: { type: "plain_text", text: "Snooze 1 week" }, value: JSON.stringify({ k: BIRTHDAY, d: 7 }) },
          { text: { type: "plain_text", text: "Snooze 3 days" }, value: JSON.stringify({ k: BIRTHDAY, d: 3 }) },
        ],
      },
      { type: "button", action_id: "reminder_open", text: { type: "plain_text", text: "Open" }, value: JSON.stringify({ k: BIRTHDAY, c: "ACME" }) },
    ],
  },
  { type: "section", block_id: `reminder:${FOLLOW_UP}`, text: { type: "mrkdwn", text: followUpLine } },
  {
    type: "actions",
    block_id: `reminder-actions:${FOLLOW_UP}`,
    elements: [
      { type: "button", action_id: "reminder_done", text: { type: "plain_text", text: "Done" }, style: "primary", value: JSON.stringify({ k: FOLLOW_UP }) },
      {
        type: "static_select",
        action_id: "reminder_snooze",
        placeholder: { type: "plain_text", text: "Snooze" },
        options: [{ text: { type: "plain_text", text: "Snooze 1 day" }, value: JSON.stringify({ k: FOLLOW_UP, d: 1 }) }],
      },
    ],
  },
];

const row = (key: string, recipient: string, payload: DeliveryPayload | StoredSlackPayload, late = false, urgency = 10): ClaimedDelivery => ({
  id: key,
  key,
  rule: key.split(":")[0]!,
  customerId: null,
  recipient,
  dueAt: new Date("2026-11-24T01:00:00Z"),
  late,
  attempts: 0,
  payload: { ...payload, digest: { itemKey: key, urgency } },
  stale: false,
});

describe("a reminder digest as a neutral message", () => {
  it("renders to the same Block Kit and fallback text as the Slack digest builders did", () => {
    const message = digestMessage(
      [
        { message: reminderItemMessage(birthday, { kind: "late", wasDue: "Tue 24 Nov 09:00" }), late: true },
        { message: reminderItemMessage(followUp), late: false },
      ],
      { index: 1, of: 2 },
    );
    const rendered = renderMessage(message);
    expect(rendered.blocks).toEqual(expectedBlocks);
    expect(rendered.text).toBe(`2 reminders for you (part 1 of 2)\n• ${birthdayLine}\n• ${followUpLine}`);
  });

  it("a snoozed item comes back saying so, no longer late, with its detail and controls as they were", () => {
    const late = reminderItemMessage(birthday, { kind: "late", wasDue: "Tue 24 Nov 09:00" });
    // The ledger stores JSON: the snooze works on the message as read back from it.
    const snoozed = renderMessage(remarkItemMessage(JSON.parse(JSON.stringify(late)), { kind: "snoozed" }));
    const line = ":birthday: *Zhang &amp; &lt;Min&gt;* at ACME has a birthday today. _(snoozed)_";
    expect(snoozed.text).toBe(line);
    expect(snoozed.blocks[0]).toEqual({ ...expectedBlocks[1], text: { type: "mrkdwn", text: `${line}\nSuggested greeting: “Happy birthday, Zhang!”` } });
    expect(snoozed.blocks[1]).toEqual(expectedBlocks[2]);
    const withoutDetail = renderMessage(remarkItemMessage(reminderItemMessage(followUp), { kind: "snoozed" }));
    expect(withoutDetail.blocks[0]).toEqual({ ...expectedBlocks[3], text: { type: "mrkdwn", text: `${followUpLine} _(snoozed)_` } });
  });
});

describe("composing a recipient's rows", () => {
  const neutral = (key: string): DeliveryPayload => ({ message: reminderItemMessage({ ...followUp, key }) });
  const stored = (key: string): StoredSlackPayload => ({ text: `*${key}*`, blocks: [{ type: "section", block_id: `reminder:${key}`, text: { type: "mrkdwn", text: `*${key}*` } }] });

  it("reads `slack:`-qualified and bare Slack recipients alike, and addresses the port without the prefix", () => {
    for (const recipient of ["slack:U0OWNER", "U0OWNER"]) {
      const [composed] = composeMessages([row("follow-up:a:1", recipient, neutral("follow-up:a:1"))], 24);
      expect(composed).toMatchObject({ platform: "slack", delivery: { to: "U0OWNER", keys: ["follow-up:a:1"] } });
    }
    expect(composeMessages([row("follow-up:a:1", "teams:29:abc", neutral("follow-up:a:1"))], 24)[0]).toMatchObject({ platform: "teams", delivery: { to: "29:abc" } });
  });

  it("still sends rows stored with Slack text and blocks: as stored, their digest items under the same header, apart from neutral ones", () => {
    const messages = composeMessages(
      [row("follow-up:new:1", "U1", neutral("follow-up:new:1")), row("follow-up:old:1", "U1", stored("follow-up:old:1"), true), row("follow-up:old:2", "U1", stored("follow-up:old:2"), false, 5)],
      24,
    );
    expect(messages.map((message) => message.delivery.keys)).toEqual([["follow-up:new:1"], ["follow-up:old:2", "follow-up:old:1"]]);
    const old = messages[1]!.delivery.content;
    if (old.kind !== "stored") throw new Error("the old rows are sent as stored");
    expect(old.text).toBe("2 reminders for you\n• *follow-up:old:2*\n• *follow-up:old:1*");
    expect(renderMessage(old.lead!).blocks).toEqual([
      { type: "section", text: { type: "mrkdwn", text: ":bell: *2 reminders for you*\n:hourglass: 1 of these came due while Steward was offline — sent late." } },
    ]);
    expect(old.blocks).toEqual([...stored("follow-up:old:2").blocks!, ...stored("follow-up:old:1").blocks!]);
    const single = composeMessages([{ ...row("ping:1", "C1", { text: "ping" }), payload: { text: "ping", threadTs: "1.0001" } }], 24)[0]!;
    expect(single.delivery).toEqual({ to: "C1", content: { kind: "stored", text: "ping", blocks: undefined }, thread: "1.0001", keys: ["ping:1"] });
  });
});
