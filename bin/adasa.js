#!/usr/bin/env node
// The `adasa` command: TypeScript sources run in place through tsx, so there is no build step to forget.
require("tsx/cjs/api").register();
const { runCli } = require("../cli/main.ts");
process.exitCode = runCli(process.argv.slice(2));
