import type { Inline, Message } from "../../messages/message.js";
import type { NamedPerson } from "../absence/away-outcome.js";

export type DeputyOutcome =
  | { kind: "set"; customer: { key: string; name: string }; deputy: NamedPerson | null; changed: boolean }
  | { kind: "not-on-roster" }
  | { kind: "not-allowed"; customerKey: string }
  | { kind: "bad-input"; field: string; problem: string; example: string };

const mention = (person: NamedPerson): Inline => ({ kind: "mention", person: { name: person.name, ids: person.ids } });
const one = (text: Inline, note?: Inline): Message => ({ text, parts: [{ kind: "text", text }, ...(note ? [{ kind: "note" as const, text: note }] : [])] });

/** The neutral answer to `/customer deputy`. */
export function deputyReply(outcome: DeputyOutcome): Message {
  switch (outcome.kind) {
    case "set": {
      const customer: Inline = { kind: "strong", content: outcome.customer.key };
      const what: Inline = outcome.deputy ? [mention(outcome.deputy), " is the deputy owner of ", customer] : [customer, " has no deputy owner"];
      return one([{ kind: "icon", name: "white_check_mark" }, " ", what, outcome.changed ? "." : " (unchanged)."], "While the owner is away, their reminders for this customer go to the deputy owner.");
    }
    case "not-on-roster":
      return one("Sorry — only people on Steward's roster can name deputy owners, and you are not on it yet. Ask your Steward admin to add you.");
    case "not-allowed":
      return one(`Only the owner of ${outcome.customerKey}, the head of the owner's department or an admin can name its deputy owner. Nothing was changed.`);
    case "bad-input":
      return one([{ kind: "code", text: outcome.field }, `: ${outcome.problem}. Nothing was changed.`], ["For example ", { kind: "code", text: outcome.example }, "."]);
  }
}
