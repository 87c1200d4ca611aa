import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { GetPrismaClientConfig, SqlDriverAdapterFactory } from "@prisma/client/runtime/client";
import { PrismaClient } from "../generated/prisma/client.js";

// The generated client loads its query compiler from a module holding the wasm as a 2.6 MB base64
// string, which the process then keeps twice for its whole life (the module's source and its
// export): 5 MB of a ~100 MB server process (bench/startup). The `prisma` package ships the same
// compiler, byte for byte at the same pinned version, as a binary file — the one its
// `prisma-client-js` generator copies beside that client — so Steward compiles the file instead.
export const queryCompilerPath = join(
  dirname(createRequire(import.meta.url).resolve("prisma/package.json")),
  "build",
  "query_compiler_bg.postgresql.wasm",
);

const loadCompilerFromFile = (config: GetPrismaClientConfig): GetPrismaClientConfig => ({
  ...config,
  compilerWasm: config.compilerWasm && {
    getRuntime: config.compilerWasm.getRuntime,
    getQueryCompilerWasmModule: async () => WebAssembly.compile(await readFile(queryCompilerPath)),
  },
});

/** A Prisma client over `adapter` whose query compiler is compiled from the binary wasm file. */
export function createPrismaClient(adapter: SqlDriverAdapterFactory): PrismaClient {
  // `__internal.configOverride` is the runtime's hook for replacing the generated config (typed in
  // @prisma/client/runtime's options, not in the generated client's).
  const options = { adapter, __internal: { configOverride: loadCompilerFromFile } };
  return new PrismaClient(options as { adapter: SqlDriverAdapterFactory });
}
