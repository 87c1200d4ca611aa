// ESLint flat config: typescript-eslint's recommended rules plus the layer boundaries of
// docs/architecture.md, which fail the build (`npm run lint`, run by .ci/run) when an import
// crosses a layer the wrong way.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

// How deep below a layer's folder a file may sit. Relative imports are matched by how many
// `../` they climb, so each depth gets its own block; 8 is far deeper than the tree goes.
const MAX_DEPTH = 8;

// Every boundary is a regular expression over the import specifier as written. The same
// expressions serve `no-restricted-imports` (static imports and re-exports) and
// `no-restricted-syntax` (`import()` and `typeof import()`, which the first rule does not see):
// the CLI and the console load layers on demand, and a boundary they could step around
// would not be one. Expressions must not contain a bare `/` (esquery's regex literal).
const PRISMA = String.raw`^(@prisma\/|prisma(\/|$))|(^|\/)generated\/prisma`;
// `fs/promises` and the like are covered by their top-level name.
const BUILTIN_NAMES = builtinModules.filter((name) => !name.startsWith("_") && !name.includes("/")).join("|");
const NODE_BUILTIN = String.raw`^(node:|(${BUILTIN_NAMES})(\/|$))`;
// Any package other than zod and dayjs (with its plugins); node builtins and Prisma have their own
// messages, so they are left out here and each bad import is reported once.
const NOT_ZOD_OR_DAYJS = String.raw`^(?!(zod|dayjs|prisma|${BUILTIN_NAMES})(\/|$)|node:|@prisma\/)[^.]`;
const climbs = (levels) => String.raw`^(\.\.\/){${levels}}`;
const ADAPTERS = "(slack|teams|console|cli)";

const domainBoundaries = (depth) => [
  { regex: NODE_BUILTIN, message: "src/domain is pure: no node builtins (take what you need, e.g. `now`, as a parameter)." },
  { regex: PRISMA, message: "src/domain is pure: Prisma belongs in src/db." },
  { regex: NOT_ZOD_OR_DAYJS, message: "src/domain may import only zod, dayjs (and its plugins) and other src/domain files." },
  // A file `depth` folders below src/domain leaves the layer with depth + 1 `../`.
  { regex: climbs(depth + 1), message: "src/domain may import only zod, dayjs (and its plugins) and other src/domain files." },
];
const prismaBoundary = { regex: PRISMA, message: "Prisma is imported only in src/db: go through a repository there." };
const appBoundaries = (depth) => [
  prismaBoundary,
  {
    regex: String.raw`${climbs(depth + 1)}${ADAPTERS}(\/|$)`,
    message: "src/app holds the use cases: it must not import an adapter (src/slack, src/teams, src/console, src/cli).",
  },
];

// Each of the layer rules below is its own config block (one per layer) with one message per
// forbidden folder, so a wrong-way import names the rule it breaks. A file matched by several blocks
// gets the last block's options for a rule (flat config replaces a rule's options, it does not add to
// them), so every block outside src/db repeats the Prisma boundary.
const layerBoundary = (layer, forbidden) => (depth) => [
  ...(layer === "db" ? [] : [prismaBoundary]),
  ...forbidden.map(([folders, message]) => ({ regex: String.raw`${climbs(depth + 1)}${folders}(\/|$)`, message })),
];
// The scheduler runs jobs and drains the ledger through a neutral DeliveryPort (src/domain/deliveries);
// each platform's port lives with its adapter (src/slack/delivery), which src/cli wires in.
const schedulerBoundaries = layerBoundary("scheduler", [
  ["(slack|teams)", "src/scheduler is platform-neutral: it must not import an adapter (src/slack, src/teams); take a DeliveryPort instead."],
]);
const dbBoundaries = layerBoundary("db", [
  [
    "(scheduler|app|slack|teams|console|cli)",
    "src/db holds the repositories: it may import only src/domain, src/config, src/import and itself (shared types live in src/domain).",
  ],
]);
const ADAPTER_NO_SCHEDULER = (adapter) =>
  `${adapter} is an adapter: it calls use cases in src/app, never src/scheduler (the ledger's types and DeliveryPort are in src/domain/deliveries).`;
const slackBoundaries = layerBoundary("slack", [
  ["teams", "src/slack must not import src/teams: what both platforms share lives in src/app or src/domain."],
  ["scheduler", ADAPTER_NO_SCHEDULER("src/slack")],
]);
const teamsBoundaries = layerBoundary("teams", [
  ["slack", "src/teams must not import src/slack: what both platforms share lives in src/app or src/domain."],
  ["scheduler", ADAPTER_NO_SCHEDULER("src/teams")],
]);

const toSelectors = (patterns) =>
  patterns.flatMap(({ regex, message }) => [
    { selector: `ImportExpression > Literal.source[value=/${regex}/]`, message },
    { selector: `TSImportType > Literal.source[value=/${regex}/]`, message },
  ]);

const boundaryBlock = (files, patterns) => ({
  files,
  rules: {
    "no-restricted-imports": ["error", { patterns }],
    "no-restricted-syntax": ["error", ...toSelectors(patterns)],
  },
});

// Files exactly `depth` folders below `dir`, e.g. depth 1 of src/domain is src/domain/*/*.ts.
const atDepth = (dir, depth) => [`${dir}/${"*/".repeat(depth)}*.ts`];
const depths = [...Array(MAX_DEPTH).keys()];

export default defineConfig(
  { ignores: ["dist/", "coverage/", ".steward/", ".bench/", "src/generated/"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Steward rejects control characters in typed input on purpose (command text, customer
      // queries, imported fields): those checks are the rule's only hits, none of them a mistake.
      "no-control-regex": "off",
    },
  },
  {
    // The benchmarks' plain Node scripts (.mjs) and this file run on Node; TypeScript files get their globals from @types/node.
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: { console: "readonly", process: "readonly", performance: "readonly", setTimeout: "readonly", setInterval: "readonly", clearTimeout: "readonly", clearInterval: "readonly", URL: "readonly" },
    },
  },
  // Prisma only in src/db (and the client it generates into src/generated). Tests, benchmarks and
  // prisma.config.ts are outside the application's layers: benchmarks time a hand-written query
  // as their baseline and the Prisma config is read by Prisma's own CLI.
  { ...boundaryBlock(["src/**/*.ts"], [prismaBoundary]), ignores: ["src/db/**", "src/domain/**", "src/app/**"] },
  ...depths.map((depth) => boundaryBlock(atDepth("src/domain", depth), domainBoundaries(depth))),
  ...depths.map((depth) => boundaryBlock(atDepth("src/app", depth), appBoundaries(depth))),
  ...depths.map((depth) => boundaryBlock(atDepth("src/scheduler", depth), schedulerBoundaries(depth))),
  ...depths.map((depth) => boundaryBlock(atDepth("src/db", depth), dbBoundaries(depth))),
  ...depths.map((depth) => boundaryBlock(atDepth("src/slack", depth), slackBoundaries(depth))),
  ...depths.map((depth) => boundaryBlock(atDepth("src/teams", depth), teamsBoundaries(depth))),
);
