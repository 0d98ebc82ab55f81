#!/usr/bin/env node
// The `adasa` command: the TypeScript sources, bundled on first use and again whenever they change
// (bin/bundle.js), so there is no build step to forget.
const { requireBundled } = require("./bundle.js");
// `adasa … | head` closes the pipe early: that is not an error
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = requireBundled("cli/main.ts");
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
