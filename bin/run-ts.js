#!/usr/bin/env node
// Runs a TypeScript entry point in place (no build step): tsx compiles on load.
require("tsx/cjs/api").register();
const path = require("node:path");
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("usage: run-ts.js FILE.ts [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], entry, ...rest];
require(path.resolve(entry));
