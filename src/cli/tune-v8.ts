import { setFlagsFromString } from "node:v8";

// Must run before any of Steward is loaded (main imports the rest only after this module), since
// loading Steward already allocates and compiles. Measured by bench/startup.
//
// WebAssembly (the embedded PostgreSQL and Prisma's query compiler) stays on V8's baseline
// compiler: its code is far smaller than the optimising tier's, and Steward's wasm work is short
// queries, not long computations (embedded idle memory ≈ 0.8× PGlite + Bolt instead of ≈ 1.05×, and
// less start-up CPU). `--optimize-for-size` saved more memory but halved JavaScript throughput (the
// reminder tick went from 1.1 s to 2.2 s), so it is not used.
setFlagsFromString("--liftoff-only");
// The young generation keeps its initial size instead of doubling when a burst of work (start-up,
// migrations, a reminder tick) survives scavenges: V8 shrinks it again only when its memory reducer
// happens to run, so an idle Steward held 1 MB or 32 MB of it by chance (the startup bench read
// 104–130 MB). The reminder tick, /customer score and import were as fast or faster (bench/).
setFlagsFromString("--semi-space-growth-factor=1");
