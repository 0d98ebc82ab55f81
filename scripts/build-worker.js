#!/usr/bin/env node
// Bundles the worker pool's task module (lib/work/tasks.ts) into one plain JavaScript file,
// .next/adasa/align-worker.js, after `next build`. A worker thread needs a JavaScript entry, and
// loading one bundle takes about a second where compiling lib/ in place with tsx takes 4–8 s on a
// busy machine: a worker replaced after a stopped task must be ready again quickly.
const path = require("node:path");
const esbuild = require("esbuild");

const root = path.join(__dirname, "..");
esbuild
  .build({
    entryPoints: [path.join(root, "lib", "work", "tasks.ts")],
    outfile: path.join(root, ".next", "adasa", "align-worker.js"),
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    logLevel: "warning",
  })
  .catch(() => process.exit(1));
