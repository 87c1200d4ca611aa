// Used only by the Prisma CLI when authoring migrations (`npx prisma migrate dev`).
// Prisma's native schema engine cannot be downloaded here, so the CLI runs its bundled
// wasm engine against an in-memory embedded PostgreSQL (see ../shared/stack-notes.md).
// Steward applies the committed SQL itself at run time (src/db/migrate.ts).
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { defineConfig } from "prisma/config";

// The schema's `url = env("DATABASE_URL")` must resolve or the CLI falls back to downloading
// a native engine; the adapter below is what it really talks to, so a placeholder suffices.
process.env.DATABASE_URL ??= "postgresql://localhost/steward";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  async adapter() {
    // Typed against another copy of Prisma's adapter interface; the shape is the same.
    return new PrismaPGlite(new PGlite()) as never;
  },
});
