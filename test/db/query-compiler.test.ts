import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { queryCompilerPath } from "../../src/db/create-prisma-client.js";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("Prisma's query compiler", () => {
  it("is compiled from the prisma package's binary file, the same bytes the generated client embeds as base64", () => {
    // Upgrading `prisma` and `@prisma/client` apart would make these differ: keep them at one version.
    const embedded = readFileSync(createRequire(import.meta.url).resolve("@prisma/client/runtime/query_compiler_bg.postgresql.wasm-base64.js"), "utf8");
    const base64 = /"([A-Za-z0-9+/=]{1000,})"/.exec(embedded)?.[1];
    expect(base64, "the generated client's base64 module").toBeDefined();
    expect(sha256(readFileSync(queryCompilerPath))).toBe(sha256(Buffer.from(base64!, "base64")));
  });
});
