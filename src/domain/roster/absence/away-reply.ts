import type { Inline, Message, Part } from "../../messages/message.js";
import { identitiesOfActor } from "../identities-of-actor.js";
import type { AwayOutcome, NamedPerson } from "./away-outcome.js";

const mention = (person: NamedPerson): Inline => ({ kind: "mention", person: { name: person.name, ids: person.ids } });
const code = (text: string): Inline => ({ kind: "code", text });
const range = (from: string, to: string) => (from === to ? from : `${from} – ${to}`);
const one = (text: Inline, note?: Inline): Message => ({ text, parts: [{ kind: "text", text }, ...(note ? [{ kind: "note" as const, text: note }] : [])] });
const unchanged = "Nothing was changed.";
// The audit actor: a person on a platform (mentioned), or `steward` / `cli:<os user>` for the scheduler and imports.
const recorder = (actor: string): Inline => {
  const ids = identitiesOfActor(actor);
  return ids ? { kind: "mention", person: { name: actor, ids } } : code(actor);
};

/** The neutral answer to an away or deputy request: a confirmation, a list, a refusal or what to fix. */
export function awayReply(outcome: AwayOutcome): Message {
  switch (outcome.kind) {
    case "recorded": {
      const who = outcome.self ? "You are" : [mention(outcome.person), " is"];
      const deputy = outcome.deputy ? [" Deputy: ", mention(outcome.deputy), "."] : " No deputy: reminders for customers without a deputy owner wait for the return.";
      return one(
        [{ kind: "icon", name: "calendar" }, " ", who, " away ", { kind: "strong", content: range(outcome.absence.from, outcome.absence.to) }, " (both days included).", deputy],
        ["Never paged while away; reminders go to the customer's deputy owner, else the deputy. Cancel with ", code(outcome.self ? "/customer away cancel" : `/customer away cancel @${outcome.person.name.split(/\s+/)[0]!.toLowerCase()}`), "."],
      );
    }
    case "listed": {
      const whose = outcome.self ? "Your absences" : [mention(outcome.person), "'s absences"];
      if (outcome.absences.length === 0) {
        return one([outcome.self ? "You have" : [mention(outcome.person), " has"], " no absence recorded from ", outcome.today, " on."], ["Record one with ", code("/customer away 2026-12-20..2027-01-03 deputy @priya"), "."]);
      }
      const parts: Part[] = [
        { kind: "heading", text: outcome.self ? "Your absences" : `${outcome.person.name}'s absences` },
        ...outcome.absences.map(({ absence, deputy }): Part => ({
          kind: "text",
          text: [
            absence.from <= outcome.today ? { kind: "strong", content: "now " } : "",
            range(absence.from, absence.to),
            deputy ? [" · deputy ", mention(deputy)] : " · no deputy",
            " · recorded by ",
            recorder(absence.recordedBy),
          ],
        })),
      ];
      return { text: [whose, `: ${outcome.absences.length}`], parts };
    }
    case "cancelled": {
      const who = outcome.self ? "Your" : [mention(outcome.person), "'s"];
      const what = outcome.endedOn ? ["ends on ", outcome.endedOn, ": back from today"] : "is cancelled (it had not started)";
      return one([{ kind: "icon", name: "white_check_mark" }, " ", who, ` absence ${range(outcome.absence.from, outcome.absence.to)} `, what, "."]);
    }
    case "nothing-to-cancel":
      return one([outcome.self ? "You have" : [mention(outcome.person), " has"], " no current or coming absence to cancel. ", unchanged]);
    case "not-on-roster":
      return one("Sorry — only people on Steward's roster can record absences, and you are not on it yet. Ask your Steward admin to add you.");
    case "not-allowed":
      return one([`Only ${outcome.who} can ${outcome.what}. `, unchanged]);
    case "unknown-person": {
      const found = outcome.candidates.length
        ? `@${outcome.handle} could be ${outcome.candidates.join(", ")}: type more of the name`
        : `nobody active on the roster is called @${outcome.handle}`;
      return one([code(outcome.field), `: ${found}. `, unchanged], ["For example ", code(outcome.example), "."]);
    }
    case "bad-input":
      return one([code(outcome.problem.field), `: ${outcome.problem.problem}. `, unchanged], ["For example ", code(outcome.problem.example), "."]);
  }
}
