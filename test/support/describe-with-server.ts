import { describe, it } from "vitest";
import { serverUrl } from "./server-url.js";

/**
 * For tests that need several processes on one PostgreSQL server. Without TEST_DATABASE_URL
 * they are skipped, and say so; with STEWARD_REQUIRE_SERVER=1 (CI) a missing server fails instead.
 */
export function describeWithServer(name: string, body: () => void): void {
  if (serverUrl()) {
    describe(name, body);
  } else if (process.env.STEWARD_REQUIRE_SERVER === "1") {
    describe(name, () => {
      it("needs a PostgreSQL server", () => {
        throw new Error("TEST_DATABASE_URL is not set but STEWARD_REQUIRE_SERVER=1: this test must not be skipped");
      });
    });
  } else {
    console.warn(`SKIPPED "${name}": needs a PostgreSQL server shared by several processes — set TEST_DATABASE_URL.`);
    describe.skip(name, body);
  }
}
