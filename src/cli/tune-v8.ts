import { setFlagsFromString } from "node:v8";

// WebAssembly (the embedded PostgreSQL and Prisma's query compiler) stays on V8's baseline
// compiler: its code is far smaller than the optimising tier's, and Steward's wasm work is short
// queries, not long computations. bench/startup measured less idle memory (embedded ≈ 0.8× PGlite +
// Bolt instead of ≈ 1.05×) and less start-up CPU. (`--optimize-for-size` saved more memory but
// halved JavaScript throughput: the reminder tick went from 1.1 s to 2.2 s.) Must run before any
// WebAssembly is compiled, so it is main's first import.
setFlagsFromString("--liftoff-only");
