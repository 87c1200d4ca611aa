#!/usr/bin/env node
// V8's settings first; the rest of Steward is loaded only once they are in place.
import "./tune-v8.js";

const { runCli } = await import("./run-cli.js");
await runCli(process.argv.slice(2));
