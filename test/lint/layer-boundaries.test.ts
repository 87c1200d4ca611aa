import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The project's own eslint.config.js, applied to snippets as if they were files at the given paths.
const eslint = new ESLint({ cwd: fileURLToPath(new URL("../..", import.meta.url)) });

const problems = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map(({ ruleId, message, severity }) => ({ ruleId, message, severity }));
};

const DOMAIN_ONLY = "src/domain may import only zod, dayjs (and its plugins) and other src/domain files.";
const DOMAIN_NO_NODE = "src/domain is pure: no node builtins";
const PRISMA_ONLY_IN_DB = "Prisma is imported only in src/db";
const APP_NO_ADAPTER = "src/app holds the use cases: it must not import an adapter";

const BOUNDARY_RULES = new Set(["no-restricted-imports", "no-restricted-syntax"]);

/**
 * Exactly one boundary error, from the rule that sees this kind of import, saying `message`.
 * (The snippets' imported names go unused, which other rules report; that is not what is tested here.)
 */
const expectOneBoundaryError = (found: Awaited<ReturnType<typeof problems>>, ruleId: string, message: string) => {
  const boundaryErrors = found.filter((problem) => problem.ruleId !== null && BOUNDARY_RULES.has(problem.ruleId));
  expect(boundaryErrors).toHaveLength(1);
  expect(boundaryErrors[0]).toMatchObject({ ruleId, severity: 2 });
  expect(boundaryErrors[0]?.message).toContain(message);
};

describe("src/domain imports only zod, dayjs and itself", () => {
  it("accepts zod, dayjs, its plugins and other domain files, at any depth", async () => {
    const code = [
      'import { z } from "zod";',
      'import dayjs from "dayjs";',
      'import utc from "dayjs/plugin/utc.js";',
      'import { addDays } from "../calendar/add-days.js";',
      'import type { RosterPerson } from "../roster/roster-person.js";',
      'import { nearby } from "./nearby.js";',
      "export const parts: unknown[] = [z, dayjs, utc, addDays, nearby];",
      "export type Person = RosterPerson;",
    ].join("\n");
    expect(await problems("src/domain/health/allowed.ts", code)).toEqual([]);
    expect(await problems("src/domain/health/rubric/allowed.ts", code.replaceAll('"../', '"../../'))).toEqual([]);
  });

  it.each([
    ["a Slack package", 'import { App } from "@slack/bolt";'],
    ["a type from a Slack package", 'import type { KnownBlock } from "@slack/types";'],
    ["another package", 'import { parse } from "yaml";'],
    ["another layer", 'import { findPerson } from "../../db/people/find-person.js";'],
    ["the Slack adapter", 'import { renderCard } from "../../slack/blocks/render-card.js";'],
  ])("refuses %s", async (_what, line) => {
    expectOneBoundaryError(await problems("src/domain/health/bad.ts", `${line}\nexport {};`), "no-restricted-imports", DOMAIN_ONLY);
  });

  it.each([
    ["src/domain/bad.ts", 'import { x } from "../db/x.js";'],
    ["src/domain/health/bad.ts", 'import { x } from "../../config/x.js";'],
    ["src/domain/health/rubric/bad.ts", 'import { x } from "../../../scheduler/x.js";'],
  ])("refuses leaving the layer from %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", DOMAIN_ONLY);
  });

  it.each(['import { readFileSync } from "node:fs";', 'import { join } from "path";', 'import { setTimeout } from "node:timers/promises";'])(
    "refuses node builtins: %s",
    async (line) => {
      expectOneBoundaryError(await problems("src/domain/calendar/bad.ts", `${line}\nexport {};`), "no-restricted-imports", DOMAIN_NO_NODE);
    },
  );

  it("refuses Prisma, even for types", async () => {
    const found = await problems("src/domain/health/bad.ts", 'import type { PrismaClient } from "@prisma/client";\nexport type C = PrismaClient;');
    expectOneBoundaryError(found, "no-restricted-imports", "src/domain is pure: Prisma belongs in src/db.");
  });

  it("refuses what it would load on demand or name in a type query", async () => {
    expectOneBoundaryError(
      await problems("src/domain/health/bad.ts", 'export const load = () => import("../../db/database.js");'),
      "no-restricted-syntax",
      DOMAIN_ONLY,
    );
    expectOneBoundaryError(
      await problems("src/domain/health/bad.ts", 'export type Bolt = typeof import("@slack/bolt");'),
      "no-restricted-syntax",
      DOMAIN_ONLY,
    );
  });
});

describe("Prisma only in src/db", () => {
  it.each([
    ["src/slack/commands/bad.ts", 'import { PrismaClient } from "@prisma/client";'],
    ["src/scheduler/bad.ts", 'import { PrismaPg } from "@prisma/adapter-pg";'],
    ["src/cli/commands/bad.ts", 'import { defineConfig } from "prisma/config";'],
    ["src/slack/bad.ts", 'import { Prisma } from "../generated/prisma/client.js";'],
    ["src/scheduler/jobs/bad.ts", 'import type { Complaint } from "../../generated/prisma/models.js";'],
    ["src/import/bad.ts", 'export { Prisma } from "../generated/prisma/client.js";'],
  ])("refuses it in %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport {};`), "no-restricted-imports", PRISMA_ONLY_IN_DB);
  });

  it("refuses loading it on demand outside src/db", async () => {
    expectOneBoundaryError(
      await problems("src/cli/bad.ts", 'export const load = () => import("@prisma/adapter-pg");'),
      "no-restricted-syntax",
      PRISMA_ONLY_IN_DB,
    );
  });

  it("accepts it in src/db, and the rest of the tree reaching the database through src/db", async () => {
    expect(
      await problems(
        "src/db/people/allowed.ts",
        'import { Prisma } from "../../generated/prisma/client.js";\nimport { PrismaPg } from "@prisma/adapter-pg";\nexport const parts = [Prisma, PrismaPg];',
      ),
    ).toEqual([]);
    expect(
      await problems("src/slack/commands/allowed.ts", 'import { openDatabase } from "../../db/database.js";\nexport const open = openDatabase;'),
    ).toEqual([]);
  });
});

describe("src/app does not import an adapter", () => {
  it.each([
    ["src/app/complaints/bad.ts", 'import { x } from "../../slack/blocks/x.js";'],
    ["src/app/complaints/bad.ts", 'import { x } from "../../teams/x.js";'],
    ["src/app/health/score/bad.ts", 'import { x } from "../../../console/x.js";'],
    ["src/app/bad.ts", 'import { x } from "../cli/x.js";'],
  ])("refuses it in %s: %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", APP_NO_ADAPTER);
  });

  it("refuses Prisma there too", async () => {
    const found = await problems("src/app/health/bad.ts", 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;');
    expectOneBoundaryError(found, "no-restricted-imports", PRISMA_ONLY_IN_DB);
  });

  it("accepts repositories, the domain and its own files", async () => {
    const code = [
      'import { findPerson } from "../../db/people/find-person.js";',
      'import { scoreCustomer } from "../../domain/health/score-customer.js";',
      'import { z } from "zod";',
      'import { plan } from "./plan.js";',
      "export const parts = [findPerson, scoreCustomer, z, plan];",
    ].join("\n");
    expect(await problems("src/app/health/allowed.ts", code)).toEqual([]);
  });
});

const SCHEDULER_NO_ADAPTER = "src/scheduler is platform-neutral: it must not import an adapter";
const DB_ONLY_BELOW = "src/db holds the repositories: it may import only src/domain, src/config, src/import and itself";
const SLACK_NO_TEAMS = "src/slack must not import src/teams";
const TEAMS_NO_SLACK = "src/teams must not import src/slack";

describe("src/scheduler does not import a platform adapter", () => {
  it.each([
    ["src/scheduler/bad.ts", 'import { x } from "../slack/render/x.js";'],
    ["src/scheduler/jobs/bad.ts", 'import { x } from "../../slack/blocks/x.js";'],
    ["src/scheduler/jobs/deep/bad.ts", 'import { x } from "../../../teams/x.js";'],
    ["src/scheduler/bad.ts", 'import type { X } from "../slack/x.js";'],
  ])("refuses it in %s: %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", SCHEDULER_NO_ADAPTER);
  });

  it("refuses loading an adapter on demand", async () => {
    expectOneBoundaryError(
      await problems("src/scheduler/bad.ts", 'export const load = () => import("../slack/delivery/x.js");'),
      "no-restricted-syntax",
      SCHEDULER_NO_ADAPTER,
    );
  });

  it("still refuses Prisma there (its block repeats the Prisma boundary)", async () => {
    const found = await problems("src/scheduler/jobs/bad.ts", 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;');
    expectOneBoundaryError(found, "no-restricted-imports", PRISMA_ONLY_IN_DB);
  });

  it("accepts repositories, use cases, the domain and its own files", async () => {
    const code = [
      'import { claim } from "../../db/deliveries/claim.js";',
      'import { plan } from "../../app/reminders/plan.js";',
      'import type { Message } from "../../domain/messages/message.js";',
      'import type { DeliveryPort } from "../../domain/deliveries/delivery-port.js";',
      "export const parts = [claim, plan];",
      "export type Parts = [Message, DeliveryPort];",
    ].join("\n");
    expect(await problems("src/scheduler/jobs/allowed.ts", code)).toEqual([]);
  });
});

describe("src/db imports only what lies below it", () => {
  it.each([
    ["src/db/deliveries/bad.ts", 'import type { X } from "../../scheduler/x.js";'],
    ["src/db/bad.ts", 'import { x } from "../app/x.js";'],
    ["src/db/health/bad.ts", 'import { x } from "../../slack/blocks/x.js";'],
    ["src/db/health/bad.ts", 'import { x } from "../../teams/x.js";'],
    ["src/db/import/bad.ts", 'import { x } from "../../console/x.js";'],
    ["src/db/bad.ts", 'import { x } from "../cli/x.js";'],
  ])("refuses it in %s: %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", DB_ONLY_BELOW);
  });

  it("refuses loading a layer above on demand", async () => {
    expectOneBoundaryError(
      await problems("src/db/bad.ts", 'export const load = () => import("../scheduler/x.js");'),
      "no-restricted-syntax",
      DB_ONLY_BELOW,
    );
  });

  it("accepts Prisma, the domain, config, import and its own files", async () => {
    const code = [
      'import { Prisma } from "../../generated/prisma/client.js";',
      'import type { DeliveryRequest } from "../../domain/deliveries/delivery-request.js";',
      'import type { TeamSettings } from "../../config/team-settings.js";',
      'import { parseRow } from "../../import/parse-row.js";',
      'import type { Tx } from "../with-actor.js";',
      "export const parts = [Prisma, parseRow];",
      "export type Parts = [DeliveryRequest, TeamSettings, Tx];",
    ].join("\n");
    expect(await problems("src/db/deliveries/allowed.ts", code)).toEqual([]);
  });
});

describe("the platform adapters do not import each other", () => {
  it.each([
    ["src/slack/bad.ts", 'import { x } from "../teams/x.js";'],
    ["src/slack/render/bad.ts", 'import { x } from "../../teams/render/x.js";'],
  ])("src/slack refuses src/teams in %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", SLACK_NO_TEAMS);
  });

  it.each([
    ["src/teams/bad.ts", 'import { x } from "../slack/x.js";'],
    ["src/teams/render/bad.ts", 'import { x } from "../../slack/render/x.js";'],
    // The transitional seam folder that once read the slash commands' list is gone, and so is its exemption.
    ["src/teams/seam/slack-commands.ts", 'import { x } from "../../slack/health/commands/customer-subcommands.js";'],
  ])("src/teams refuses src/slack in %s", async (filePath, line) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", TEAMS_NO_SLACK);
  });

  it.each([
    ["src/slack/complaints/bad.ts", 'import { x } from "../../scheduler/enqueue-deliveries.js";', "src/slack is an adapter: it calls use cases in src/app, never src/scheduler"],
    ["src/slack/bad.ts", 'import type { X } from "../scheduler/jobs/x.js";', "src/slack is an adapter: it calls use cases in src/app, never src/scheduler"],
    ["src/teams/delivery/bad.ts", 'import { x } from "../../scheduler/x.js";', "src/teams is an adapter: it calls use cases in src/app, never src/scheduler"],
  ])("neither imports the scheduler: %s", async (filePath, line, message) => {
    expectOneBoundaryError(await problems(filePath, `${line}\nexport const y = x;`), "no-restricted-imports", message);
  });

  it("each still refuses Prisma (their blocks repeat the Prisma boundary)", async () => {
    for (const filePath of ["src/slack/commands/bad.ts", "src/teams/bad.ts"]) {
      const found = await problems(filePath, 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;');
      expectOneBoundaryError(found, "no-restricted-imports", PRISMA_ONLY_IN_DB);
    }
  });

  it("accepts use cases, repositories, the domain and their own files", async () => {
    const code = [
      'import { scoreCustomer } from "../../app/health/score-customer.js";',
      'import { findPerson } from "../../db/people/find-person.js";',
      'import type { Message } from "../../domain/messages/message.js";',
      'import type { DeliveryPort } from "../../domain/deliveries/delivery-port.js";',
      'import { render } from "../render/render.js";',
      "export const parts = [scoreCustomer, findPerson, render];",
      "export type M = [Message, DeliveryPort];",
    ].join("\n");
    expect(await problems("src/slack/health/allowed.ts", code)).toEqual([]);
    expect(await problems("src/teams/health/allowed.ts", code)).toEqual([]);
  });
});
