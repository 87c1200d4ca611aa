#!/usr/bin/env node
// Prints the import graph between the folders under src/ as a Markdown table: one row per
// folder → folder edge with how many import statements (static, type-only, re-exports and
// `import()`) cross it. docs/architecture.md records its output before and after a change of
// layers. A plain Node script (no build, no tsx) so it runs from a fresh clone:
//
//   node scripts/import-graph.mjs            top-level folders (src/slack, src/db, …)
//   node scripts/import-graph.mjs --depth 2  one level deeper (src/slack/blocks, src/db/health, …)
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const depthArgument = process.argv.indexOf("--depth");
const depth = depthArgument === -1 ? 1 : Number(process.argv[depthArgument + 1]);
if (!Number.isInteger(depth) || depth < 1) {
  process.stderr.write("--depth takes a whole number of folders, 1 or more (e.g. --depth 2)\n");
  process.exit(2);
}

// `src/generated` is Prisma's output, not a layer of ours; src/types only declares globals.
const SKIPPED = new Set(["generated"]);

const sourceFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED.has(entry.name) && dir === src ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });

/** The folder a file under src/ counts for: its first `depth` folders (a file directly in src/ counts as `src`). */
const folderOf = (file) => {
  const parts = relative(src, file).split(sep).slice(0, -1);
  return parts.length ? parts.slice(0, depth).join("/") : "(src)";
};

// Specifiers of `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`.
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)["']([^"']+)["']/gm;

const edges = new Map();
for (const file of sourceFiles(src)) {
  const from = folderOf(file);
  for (const [, specifier] of readFileSync(file, "utf8").matchAll(SPECIFIER)) {
    if (!specifier.startsWith(".")) continue;
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(src + sep)) continue;
    const to = folderOf(target);
    if (to === from || to.split("/")[0] === "generated") continue;
    const edge = `${from}\t${to}`;
    edges.set(edge, (edges.get(edge) ?? 0) + 1);
  }
}

const rows = [...edges].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const lines = ["| from | to | imports |", "| --- | --- | ---: |", ...rows.map(([edge, count]) => `| ${edge.replace("\t", " | ")} | ${count} |`)];
process.stdout.write(`${lines.join("\n")}\n`);
