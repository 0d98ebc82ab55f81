// Preloaded (node -r) into a benchmarked command: prints the process's peak resident memory on exit,
// worker threads included (maxRSS is per process).
const fs = require("node:fs");
process.on("exit", () => fs.writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
