import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { teamSettingsSchema } from "../../src/config/team-settings.js";
import { SignedSlackClient } from "../../src/console/signed-slack-client.js";
import type { ComplaintStatus, EscalationTier } from "../../src/domain/complaints/complaint-case.js";
import { ManualClock } from "../../src/domain/calendar/manual-clock.js";
import { COMPLAINT_ACTIONS } from "../../src/domain/complaints/complaint-action-ids.js";
import { startTestSteward, type TestSteward } from "../support/start-test-steward.js";
import { useTestDatabase } from "../support/use-test-database.js";
import { waitFor } from "../support/wait-for.js";
import { cardTsOf, seedCasesAt } from "./support/seed-cases-at.js";
import { type PermissionRoster, PRESSERS, type Presser, seedPermissionRoster } from "./support/seed-permission-roster.js";
import { sealLikeSteward } from "../support/seal-like-steward.js";

type Action = "acknowledge" | "escalate" | "update" | "resolve" | "confirm" | "reopen";
const TIERS: EscalationTier[] = [1, 2, 3];

/** The states each button applies in (the rest is the state machine's test). */
const STATES: Record<Action, ComplaintStatus[]> = {
  acknowledge: ["open", "reopened"],
  escalate: ["open", "acknowledged", "reopened"],
  update: ["open", "acknowledged", "reopened", "resolved"],
  resolve: ["open", "acknowledged", "reopened"],
  confirm: ["resolved"],
  reopen: ["resolved", "closed"],
};

/**
 * Issue 10 §2 written out by hand, per action and current tier: who gets through. Every case is led by
 * Support with Engineering cooperating and, once resolved, was resolved by Fay (lead-dept frontline).
 */
const ALLOWED: Record<Action, Record<EscalationTier, Presser[]>> = {
  acknowledge: {
    1: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    2: ["leadHead", "techSupport", "executive"],
    3: ["executive"],
  },
  escalate: {
    1: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    2: ["leadHead", "techSupport", "executive"],
    3: [],
  },
  // The owner at every tier; Fay, Hana and Tom are people of the lead or cooperating department.
  update: {
    1: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    2: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    3: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
  },
  resolve: {
    1: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    2: ["leadHead", "techSupport", "executive"],
    3: ["executive"],
  },
  // Fay as the person who resolved it.
  confirm: {
    1: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    2: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
    3: ["owner", "leadFrontline", "leadHead", "techSupport", "executive"],
  },
  reopen: {
    1: ["owner", "leadHead", "techSupport", "executive", "admin"],
    2: ["owner", "leadHead", "techSupport", "executive", "admin"],
    3: ["owner", "leadHead", "techSupport", "executive", "admin"],
  },
};

const TIER1 = "tier 1 (the owner <@U_OWNER>, Support frontline)";
const TIER2 = "tier 2 (Support head, technical support)";
const TIER3 = "tier 3 (executives)";
const DEPARTMENTS = "people of Support and Engineering";
const YOU: Record<Presser, string> = {
  owner: "you are tier 1",
  leadFrontline: "you are tier 1",
  otherFrontline: "you are not on this case's tiers",
  leadHead: "you are tier 2",
  techSupport: "you are tier 2",
  executive: "you are tier 3",
  admin: "you are not on this case's tiers",
  unrelated: "you are not on this case's tiers",
  stranger: "",
};

/** The refusal each refused press must get, naming who may press instead. */
function refusal(action: Action, tier: EscalationTier, id: number, who: Presser): string {
  if (who === "stranger") return "You are not on Steward's roster, so you cannot act on complaints. Ask your Steward admin to add you.";
  const atTier = (only: string, verb: string) => `Case #${id} is at tier ${tier}: only ${only} may ${verb} it; ${YOU[who]}.`;
  const tiers = { 1: `${TIER1}, ${TIER2} or ${TIER3}`, 2: `${TIER2} or ${TIER3}`, 3: TIER3 }[tier];
  switch (action) {
    case "acknowledge":
    case "resolve":
      return atTier(tiers, action);
    case "escalate":
      return tier === 3 ? `Case #${id} is already at tier 3 (executives): there is no tier above.` : atTier(tiers, "escalate");
    case "update": {
      const only = { 1: `${TIER1}, ${TIER2}, ${TIER3} or ${DEPARTMENTS}`, 2: `the owner (<@U_OWNER>), ${TIER2}, ${TIER3} or ${DEPARTMENTS}`, 3: `the owner (<@U_OWNER>), ${TIER3} or ${DEPARTMENTS}` }[tier];
      return atTier(only, "add an update to");
    }
    case "confirm":
      return `Only the owner (<@U_OWNER>), the person who resolved it (<@U_FRONT>), ${TIER2} or ${TIER3} may confirm case #${id} closed; ${YOU[who]}.`;
    case "reopen":
      return `Only the owner (<@U_OWNER>), ${TIER2}, ${TIER3} or a Steward admin may reopen case #${id}; ${YOU[who]}.`;
  }
}

/** What an allowed press leaves on the case. */
function expectedAfter(action: Action, status: ComplaintStatus, tier: EscalationTier): { status: ComplaintStatus; tier: number } {
  switch (action) {
    case "acknowledge":
      return { status: "acknowledged", tier };
    case "escalate":
      return { status: status === "reopened" ? "reopened" : "open", tier: tier + 1 };
    case "update":
      return { status, tier };
    case "resolve":
      return { status: "resolved", tier };
    case "confirm":
      return { status: "closed", tier };
    case "reopen":
      return { status: "reopened", tier };
  }
}

interface Cell {
  action: Action;
  status: ComplaintStatus;
  tier: EscalationTier;
  who: Presser;
  id: number;
  cardTs: string;
  responseUrl: string;
}

const t = useTestDatabase();
// Tuesday 10:00 in Shanghai.
const clock = new ManualClock(new Date("2026-11-24T02:00:00.000Z"));
let steward: TestSteward;
let roster: PermissionRoster;
const cells: Cell[] = [];

beforeAll(async () => {
  roster = await seedPermissionRoster(t.db);
  steward = await startTestSteward({ db: t.db, clock, settings: teamSettingsSchema.parse({}) });
  const plan = (Object.keys(STATES) as Action[]).flatMap((action) =>
    STATES[action].flatMap((status) => TIERS.flatMap((tier) => (Object.keys(PRESSERS) as Presser[]).map((who) => ({ action, status, tier, who })))),
  );
  const ids = await seedCasesAt(
    t.db,
    { customerId: roster.customerId, leadId: roster.supportId, cooperatingIds: [roster.engineeringId], resolverId: roster.personIds.leadFrontline, channel: "C_SUPPORT", now: clock.now() },
    plan,
  );
  plan.forEach((cell, i) => cells.push({ ...cell, id: ids[i]!, cardTs: cardTsOf(i), responseUrl: steward.fake.responseUrl() }));
  // The cards as the stand-in Slack holds them once posted (seeded cases were never filed through intake).
  steward.fake.messages.set("C_SUPPORT", cells.map((cell) => ({ channel: "C_SUPPORT", ts: cell.cardTs, text: `Complaint #${cell.id}`, user: "UBOTSTEWARD" })));
});
afterAll(async () => {
  await steward?.stop();
});

const BUTTON: Record<Action, string> = {
  acknowledge: COMPLAINT_ACTIONS.acknowledge,
  escalate: COMPLAINT_ACTIONS.escalate,
  update: COMPLAINT_ACTIONS.update,
  resolve: COMPLAINT_ACTIONS.resolve,
  confirm: COMPLAINT_ACTIONS.confirm,
  reopen: COMPLAINT_ACTIONS.reopen,
};
const typed = (cell: Cell) => `${cell.action} by ${cell.who}`;
const responseTo = (cell: Cell) => steward.fake.calls.find((c) => c.method === "response_url" && c.args.response_url === new URL(cell.responseUrl).pathname);
/** What Steward sealed into a modal's private_metadata (JSON, then a dot and its MAC). */
const sealedValue = (metadata: string) => JSON.parse(metadata.slice(0, metadata.lastIndexOf("."))) as { complaintId?: number };
const modalFor = (cell: Cell) =>
  steward.fake.calls.find((c) => c.method === "views.open" && sealedValue(String((typeof c.args.view === "string" ? JSON.parse(c.args.view) : c.args.view).private_metadata)).complaintId === cell.id);
const allowed = (cell: Cell) => ALLOWED[cell.action][cell.tier].includes(cell.who);

/**
 * Presses the cell's button as its person, through Bolt's signed HTTP path with a response_url of its
 * own (so each refusal is matched to its press); an allowed button with a modal gets its modal submitted.
 * Returns when the press's last step is done: the refusal posted, or the case changed and its card redrawn.
 */
async function press(cell: Cell): Promise<void> {
  const client = new SignedSlackClient({ eventsUrl: steward.app.eventsUrl!, signingSecret: steward.signingSecret, responseUrl: () => cell.responseUrl });
  const pressed = await client.blockAction({ userId: PRESSERS[cell.who], actionId: BUTTON[cell.action], value: String(cell.id), channelId: "C_SUPPORT", messageTs: cell.cardTs });
  expect(pressed.status).toBe(200);
  const what = `${cell.who} pressing ${cell.action} on a ${cell.status} case at tier ${cell.tier}`;
  const first = await waitFor(what, () => responseTo(cell) ?? modalFor(cell) ?? (cell.action === "acknowledge" || cell.action === "confirm" ? redrawn(cell) : undefined));
  if (first.method === "views.open") {
    const view = typeof first.args.view === "string" ? JSON.parse(first.args.view) : first.args.view;
    const submitted = await client.viewSubmission({
      userId: PRESSERS[cell.who],
      callbackId: "complaint_case_text",
      privateMetadata: view.private_metadata,
      values: { text: { value: { type: "plain_text_input", value: typed(cell) } } },
    });
    expect(submitted.status).toBe(200);
    await waitFor(`${what}: the card redrawn`, () => redrawn(cell));
  }
}
const redrawn = (cell: Cell) => steward.fake.calls.find((c) => c.method === "chat.update" && c.args.ts === cell.cardTs && (c.result as { ok?: boolean } | undefined)?.ok);

/** Runs the presses a few at a time: each cell has its own case, so they cannot disturb each other. */
async function pressAll(list: Cell[]): Promise<void> {
  const queue = [...list];
  await Promise.all(Array.from({ length: 6 }, async () => {
    for (let cell = queue.shift(); cell; cell = queue.shift()) await press(cell);
  }));
}

describe("who may press what: every button × every kind of person × every state and tier, through signed requests", () => {
  for (const action of Object.keys(STATES) as Action[]) {
    it(`${action}: allowed presses change the case, refused ones change nothing and say who may`, async () => {
      const mine = cells.filter((cell) => cell.action === action);
      await pressAll(mine);
      const rows = await t.db.prisma.complaint.findMany({ where: { id: { in: mine.map((c) => c.id) } }, include: { events: true } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      const verdicts = mine.map((cell) => {
        const row = byId.get(cell.id)!;
        const answer = responseTo(cell);
        const cellName = `${cell.who} · ${cell.status} · tier ${cell.tier}`;
        if (allowed(cell)) {
          const event = row.events.find((e) => e.kind !== "message");
          return {
            cellName,
            refusal: answer ? String(answer.args.text) : null,
            case: { status: row.status, tier: row.tier, version: row.version },
            event: event && { actor: event.actor, words: event.reason ?? event.text },
          };
        }
        return { cellName, refusal: String(answer?.args.text), case: { status: row.status, tier: row.tier, version: row.version }, event: row.events[0] ?? null, modal: Boolean(modalFor(cell)) };
      });
      const expected = mine.map((cell) => {
        const cellName = `${cell.who} · ${cell.status} · tier ${cell.tier}`;
        if (allowed(cell)) {
          const words = cell.action === "acknowledge" || cell.action === "confirm" ? null : typed(cell);
          return { cellName, refusal: null, case: { ...expectedAfter(cell.action, cell.status, cell.tier), version: 2 }, event: { actor: PRESSERS[cell.who], words } };
        }
        return { cellName, refusal: refusal(cell.action, cell.tier, cell.id, cell.who), case: { status: cell.status, tier: cell.tier, version: 1 }, event: null, modal: false };
      });
      expect(verdicts).toEqual(expected);
    });
  }
});

describe("the modal behind a button checks the same matrix", () => {
  // Sealed as Steward seals a modal it opens, so these submissions reach the permission check.
  const submit = (userId: string, id: number, action: string, text: string) =>
    steward.client.viewSubmission({
      userId,
      callbackId: "complaint_case_text",
      privateMetadata: sealLikeSteward(steward, { complaintId: id, action }),
      values: { text: { value: { type: "plain_text_input", value: text } } },
    });

  it("refuses a submission the button would have refused (a forged or stale modal) and changes nothing", async () => {
    const [id] = await seedCasesAt(
      t.db,
      { customerId: roster.customerId, leadId: roster.supportId, cooperatingIds: [roster.engineeringId], resolverId: roster.personIds.leadFrontline, channel: "C_SUPPORT", now: clock.now(), firstCard: 10_000 },
      [{ status: "open", tier: 2 }],
    );
    const answer = await submit(PRESSERS.otherFrontline, id!, "resolve", "Fixed it myself");
    expect(answer.body).toEqual({
      response_action: "errors",
      errors: { text: `Case #${id} is at tier 2: only tier 2 (Support head, technical support) or tier 3 (executives) may resolve it; you are not on this case's tiers.` },
    });
    expect(await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: id! }, select: { status: true, version: true } })).toEqual({ status: "open", version: 1 });
  });

  it("reopens only with a reason, and keeps the reason on the timeline", async () => {
    const [id] = await seedCasesAt(
      t.db,
      { customerId: roster.customerId, leadId: roster.supportId, cooperatingIds: [roster.engineeringId], resolverId: roster.personIds.leadFrontline, channel: "C_SUPPORT", now: clock.now(), firstCard: 10_001 },
      [{ status: "closed", tier: 1 }],
    );
    const empty = await submit(PRESSERS.owner, id!, "reopen", "   ");
    expect(empty.body).toEqual({ response_action: "errors", errors: { text: "Say why the case is reopened: the reason is recorded on the case." } });
    expect((await t.db.prisma.complaint.findUniqueOrThrow({ where: { id: id! } })).status).toBe("closed");
    await submit(PRESSERS.owner, id!, "reopen", "The totals are wrong again");
    const event = await waitFor("the reopening on the timeline", () => t.db.prisma.complaintEvent.findFirst({ where: { complaintId: id!, toStatus: "reopened" } }).then((e) => e ?? undefined));
    expect([event.actor, event.fromStatus, event.reason]).toEqual([PRESSERS.owner, "closed", "The totals are wrong again"]);
  });
});
