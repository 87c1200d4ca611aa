import { describe, expect, it } from "vitest";
import { decideTransition } from "../../src/domain/complaints/decide-transition.js";
import { describeHolder } from "../../src/domain/complaints/describe-holder.js";
import { plainText } from "../../src/domain/messages/plain-text.js";
import { renderCard } from "../../src/teams/render/render-card.js";
import { renderMessage } from "../../src/slack/render/render-message.js";
import { cardTexts } from "../support/teams-user.js";
import { at, openCase } from "../complaints/complaint-domain-fixtures.js";

// A case acknowledged by someone Steward knows by their Slack id: Slack mentions the id, Teams (which
// cannot mention a Slack id) names the person — never the bare id.
const acknowledged = { ...openCase({ openedAt: at("2026-11-24T09:00:00Z") }), status: "acknowledged" as const, acknowledgedAt: at("2026-11-24T09:10:00Z"), acknowledgedBy: "U0PRIYAN", actorNames: { U0PRIYAN: "Priya Nair" } };

describe("who acted on a case, on each platform", () => {
  it("the card's holder: a Slack mention of the id, and in Teams the person's name", () => {
    const message = { text: ["held: ", describeHolder(acknowledged, [])], parts: [{ kind: "text" as const, text: describeHolder(acknowledged, []) }] };
    expect(renderMessage(message).text).toBe("held: held by <@U0PRIYAN>");
    const texts = cardTexts(renderCard(message).card).join("\n");
    expect(texts).toContain("held by Priya Nair");
    expect(texts).not.toContain("U0PRIYAN");
  });

  it("a refusal names who acknowledged already, in plain text too (Teams shows refusals as text)", () => {
    const fay = { id: "U0FAY", tiers: [1 as const], isOwner: false, isAdmin: false, inCaseDepartment: true };
    const outcome = decideTransition(acknowledged, { action: "acknowledge" }, fay, at("2026-11-24T09:20:00Z"), "UTC");
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(plainText(outcome.message)).toContain("already acknowledged by Priya Nair");
  });
});
