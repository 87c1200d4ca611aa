import type { Database } from "../../src/db/database.js";
import { withActor } from "../../src/db/with-actor.js";

/**
 * A small roster with one customer per grade, as of 2026-11-24 (window May–October 2026), plus people of
 * every role. Returns the ids the tests refer to.
 */
export async function seedHealthRoster(db: Database) {
  return withActor(db, "cli:test", async (tx) => {
    const sales = await tx.department.create({ data: { name: "Sales East" } });
    const service = await tx.department.create({ data: { name: "Service" } });
    const person = (slackUserId: string, name: string, roles: string[], departmentId: number | null) =>
      tx.person.create({ data: { identities: { create: { platform: "slack", externalId: slackUserId } }, name, roles: roles as never, departmentId } });
    const mei = await person("U0MEI", "Mei Chen", ["owner"], sales.id);
    const li = await person("U0LI", "Li Wei", ["owner"], sales.id);
    const head = await person("U0HEAD", "Hao Zhang", ["department_head"], service.id);
    const exec = await person("U0EXEC", "Ada Exec", ["executive"], null);
    const stranger = await person("U0OTHER", "Oscar Other", ["frontline"], service.id);
    await tx.department.update({ where: { id: sales.id }, data: { headId: head.id } });

    const customer = (key: string, name: string, ownerId: number, extra: Record<string, unknown> = {}) =>
      tx.customer.create({ data: { key, name, ownerId, startedOn: new Date("2024-01-15"), ...extra } });
    const acme = await customer("ACME", "Acme Corp", mei.id, { aliases: ["Acme", "ACME Industrial"], tier: "strategic", valueSegment: "high" });
    const globex = await customer("GLOBEX", "Globex Ltd", mei.id, { valueSegment: "high" });
    const initech = await customer("INITECH", "Initech", li.id, { valueSegment: "high" });
    const umbrella = await customer("UMBRELLA", "Umbrella Trading", li.id);
    const acmeSouth = await customer("ACMES", "Acme South", li.id);
    const fresh = await customer("NEWCO", "Newco", li.id, { startedOn: new Date("2026-10-10"), tier: "new" });

    const months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    let orderRef = 0;
    const orders = (customerId: number, amounts: number[]) =>
      tx.order.createMany({
        data: amounts.flatMap((amount, i) =>
          // two orders a month, so the sum per month is what is compared
          [0.4, 0.6].map((share, k) => ({
            ref: `O-${++orderRef}`,
            customerId,
            orderedOn: new Date(`${months[i]}-${k === 0 ? "03" : "27"}`),
            amount: (amount * share).toFixed(2),
          })),
        ),
      });
    await orders(acme.id, [1.2e6, 1.25e6, 1.1e6, 1.2e6, 1.3e6, 1.15e6]); // ±8.4 % → 10
    await orders(globex.id, [1e6, 1e6, 1.15e6, 1e6, 1e6, 1e6]); // +12.5 % → 7
    await orders(initech.id, [1e6, 1e6, 1e6, 0.5e6, 1e6, 1e6]);
    await orders(umbrella.id, [3e5, 0, 0, 2e5, 0, 0]);
    // outside the window: must not count
    await tx.order.createMany({
      data: [
        { ref: "O-OLD", customerId: acme.id, orderedOn: new Date("2026-04-30"), amount: "9000000" },
        { ref: "O-NOW", customerId: acme.id, orderedOn: new Date("2026-11-01"), amount: "9000000" },
      ],
    });

    let payRef = 0;
    const payment = (customerId: number, dueOn: string, paidOn: string | null) =>
      tx.payment.create({
        data: { ref: `P-${++payRef}`, customerId, amount: "100000", dueOn: new Date(dueOn), paidOn: paidOn ? new Date(paidOn) : null },
      });
    await payment(acme.id, "2026-06-30", "2026-06-28");
    await payment(acme.id, "2026-08-31", "2026-08-31");
    await payment(acme.id, "2026-10-31", "2026-10-30");
    await payment(globex.id, "2026-07-31", "2026-08-07"); // 7 days late
    await payment(globex.id, "2026-09-30", "2026-09-30");
    await payment(initech.id, "2026-07-31", "2026-08-08"); // 8 days late
    await payment(umbrella.id, "2026-10-15", null); // unpaid: 40 days overdue on 2026-11-24

    const survey = (customerId: number, surveyedOn: string, score: string) =>
      tx.survey.create({ data: { customerId, surveyedOn: new Date(surveyedOn), score } });
    await survey(acme.id, "2026-09-14", "92");
    await survey(globex.id, "2026-03-01", "95");
    await survey(globex.id, "2026-10-01", "89.9");
    await survey(initech.id, "2026-06-01", "82");
    await survey(umbrella.id, "2025-11-23", "95"); // just outside the 12-month look-back

    let minute = 0;
    const interactions = (customerId: number, count: number, proactiveOn?: string) =>
      tx.interaction.createMany({
        data: Array.from({ length: count }, (_, i) => ({
          customerId,
          kind: "call",
          occurredAt: new Date(`${months[i % 6]}-10T02:${String(++minute % 60).padStart(2, "0")}:00Z`),
          proactiveNeed: false,
        })).concat(
          proactiveOn ? [{ customerId, kind: "meeting", occurredAt: new Date(`${proactiveOn}T03:00:00Z`), proactiveNeed: true }] : [],
        ),
      });
    await interactions(acme.id, 11, "2026-10-02"); // 12 in the window: 2.0 / month + need
    await interactions(globex.id, 18); // 3.0 / month
    await interactions(initech.id, 6); // 1.0 / month
    // 2026-04-30T17:00Z is 2026-05-01 01:00 in Shanghai: inside the window in the team's zone
    await tx.interaction.create({ data: { customerId: umbrella.id, kind: "visit", occurredAt: new Date("2026-04-30T17:00:00Z") } });

    // A complaint counts as resolved for the score only once the customer confirmed it (closed).
    const complaint = (customerId: number, ref: string, cls: "urgent" | "general", openedAt: string, closedAt: string | null) =>
      tx.complaint.create({
        data: {
          customerId,
          ref,
          class: cls,
          category: "delivery",
          description: "late delivery",
          openedAt: new Date(openedAt),
          tierSince: new Date(openedAt),
          resolvedAt: closedAt ? new Date(closedAt) : null,
          closedAt: closedAt ? new Date(closedAt) : null,
          status: closedAt ? "closed" : "open",
        },
      });
    await complaint(globex.id, "C-1", "general", "2026-07-03T02:00:00Z", "2026-07-05T02:00:00Z");
    await complaint(initech.id, "C-2", "general", "2026-08-03T02:00:00Z", "2026-12-01T02:00:00Z"); // resolved after the date
    await complaint(umbrella.id, "C-3", "urgent", "2026-06-03T02:00:00Z", null);
    await complaint(umbrella.id, "C-4", "general", "2026-09-03T02:00:00Z", null);

    const assessment = (customerId: number, assessedOn: string, needsFit: number, composite: string | null, assessorId = mei.id) =>
      tx.assessment.create({
        data: { customerId, assessedOn: new Date(assessedOn), needsFit, composite, assessorId, grade: null, snapshot: {} },
      });
    await assessment(acme.id, "2026-05-31", 7, "7.9");
    const acmeAugust = await assessment(acme.id, "2026-08-31", 10, "8.3");
    await tx.assessmentOverride.create({
      data: { assessmentId: acmeAugust.id, dimension: "stability", score: "9", reason: "orders steady at ¥1.2M ± ¥0.1M", authorId: mei.id },
    });
    await tx.improvementAction.create({
      data: {
        assessmentId: acmeAugust.id,
        customerId: acme.id,
        problem: "delivery 3–5 days slower than competitors",
        impact: "medium",
        measure: "supply-chain review",
        ownerId: mei.id,
        deadline: new Date("2026-12-31"),
      },
    });
    await assessment(globex.id, "2026-09-30", 7, "8.0");
    await assessment(initech.id, "2026-09-30", 4, null, li.id);
    await assessment(umbrella.id, "2026-09-30", 1, "3.1", li.id);
    await assessment(acme.id, "2026-12-31", 1, "1.0"); // after the evaluation date: never evidence

    return {
      departments: { sales, service },
      people: { mei, li, head, exec, stranger },
      customers: { acme, globex, initech, umbrella, acmeSouth, fresh },
    };
  });
}
