import { describe, expect, it } from "vitest";
import { envSchema } from "../../src/config/env-schema.js";
import { teamsMode } from "../../src/config/teams-mode.js";

const registration = { TEAMS_CLIENT_ID: "00000000-0000-4000-8000-00000000b07d", TEAMS_CLIENT_SECRET: "s3cret", TEAMS_TENANT_ID: "00000000-0000-4000-8000-0000000a7e57" };
const CATALOG_ID = "00000000-0000-4000-8000-0000000ca7a1";

describe("Teams group chats setting", () => {
  it("is off unless TEAMS_GROUP_CHATS=1, and then installs the catalog app given", () => {
    expect(teamsMode(envSchema.parse(registration))).not.toHaveProperty("groupChats");
    const on = teamsMode(envSchema.parse({ ...registration, TEAMS_GROUP_CHATS: "1", TEAMS_APP_CATALOG_ID: CATALOG_ID, TEAMS_GRAPH_URL_OVERRIDE: "http://127.0.0.1:3980" }));
    expect(on).toMatchObject({ kind: "teams", groupChats: { appCatalogId: CATALOG_ID }, graphUrlOverride: "http://127.0.0.1:3980" });
  });

  it("refuses TEAMS_GROUP_CHATS=1 without the app's catalog id, saying where to find it", () => {
    expect(() => teamsMode(envSchema.parse({ ...registration, TEAMS_GROUP_CHATS: "1" }))).toThrow(/TEAMS_APP_CATALOG_ID.*Teams admin center/);
  });

  it("refuses a value other than 0 or 1, with an example", () => {
    const parsed = envSchema.safeParse({ ...registration, TEAMS_GROUP_CHATS: "yes" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["TEAMS_GROUP_CHATS"], message: expect.stringContaining("must be 1") });
  });
});
