#!/usr/bin/env node
// The `adasa` command: TypeScript sources run in place through tsx, so there is no build step to forget.
require("tsx/cjs/api").register();
// `adasa … | head` closes the pipe early: that is not an error
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { runCli } = require("../cli/main.ts");
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
