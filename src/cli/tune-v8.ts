import { setFlagsFromString } from "node:v8";

// Steward idles most of its life between short requests, so memory matters more than peak speed.
// WebAssembly (the embedded PostgreSQL and Prisma's query compiler) stays on V8's baseline compiler,
// whose code is far smaller than the optimising tier's, and the heap grows more sparingly.
// Measured by bench/startup: less idle memory and less start-up CPU. Must run before any
// WebAssembly is compiled, so it is main's first import.
setFlagsFromString("--liftoff-only --optimize-for-size");
