import v8 from "node:v8";
if (process.env.TUNE) v8.setFlagsFromString(process.env.TUNE);
await import("/work/main/dist/cli/main.js");
