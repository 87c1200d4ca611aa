import type { ComplaintCase } from "../../domain/complaints/complaint-case.js";
import type { TierPaging } from "../../domain/complaints/on-call/decide-tier-paging.js";
import { groupPageDue } from "../../domain/complaints/on-call/group-page-due.js";
import { addressOf } from "../../domain/roster/address-of.js";
import type { RosterPerson } from "../../domain/roster/roster-person.js";
import type { ComplaintPing, PingedCase } from "./complaint-ping-requests.js";

/**
 * The pings the in-tier policy adds to a case's look: the rest of the tier once the person on call let
 * `groupAfter` pass unacknowledged (once per round), and — when nobody reachable holds the tier — one loud
 * note to the lead department's head and the admins and in the case thread (once per case and tier).
 */
export function onCallPings(
  record: PingedCase,
  state: ComplaintCase,
  paging: TierPaging<RosterPerson>,
  handledUntil: Date | null,
  now: Date,
  told: readonly string[],
): { record: PingedCase; ping: ComplaintPing }[] {
  const pings: { record: PingedCase; ping: ComplaintPing }[] = [];
  const awaiting = state.status === "open" || state.status === "reopened";
  const onCall = paging.onCall;
  if (onCall && groupPageDue(paging, awaiting, handledUntil, now)) {
    const minutes = Math.round((paging.groupAt!.getTime() - state.tierSince.getTime()) / 60_000);
    pings.push({
      record,
      ping: {
        kind: "escalation",
        occurrence: `${state.tierSince.getTime()}:tier${state.tier}:group`,
        message: [
          `Not acknowledged within ${minutes} min by `,
          { kind: "mention", person: { name: onCall.name, ids: onCall.ids } },
          ` (on call for tier ${state.tier}): now paging all of tier ${state.tier}.`,
        ],
        recipients: paging.paged.filter((person) => person.id !== onCall.id).flatMap((person) => addressOf(person) ?? []),
        inThread: true,
        offerAcknowledge: true,
      },
    });
  }
  if (paging.paged.length === 0 && awaiting) {
    pings.push({
      record,
      ping: {
        kind: "unreachable",
        occurrence: `tier${state.tier}`,
        message: [
          { kind: "icon", name: "rotating_light" },
          ` Nobody reachable holds tier ${state.tier} of this case: everyone on it is away or not on the roster, so Steward is paging nobody. Please take the case, or have someone cover: `,
          { kind: "code", text: "/complaint oncall override @person YYYY-MM-DD..YYYY-MM-DD for @person" },
          ".",
        ],
        recipients: told,
        inThread: true,
        offerAcknowledge: false,
      },
    });
  }
  return pings;
}
