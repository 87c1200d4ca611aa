// The PGlite baseline: a bare PGlite on the data folder given as argument, idling.
// Plain JavaScript run by plain node, as dist/ is: tsx's loader thread alone adds ~60 MB.
import { PGlite } from "@electric-sql/pglite";

const db = await PGlite.create(process.argv[2]);
await db.query("SELECT 1");
console.log("ready");
setInterval(() => undefined, 60_000);
